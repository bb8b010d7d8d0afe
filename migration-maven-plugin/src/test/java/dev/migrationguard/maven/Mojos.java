package dev.migrationguard.maven;

import java.lang.reflect.Field;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;

/** Sets a mojo's parameters as Maven would inject them, for tests that run a goal without Maven. */
final class Mojos {

    private Mojos() {
    }

    /** A mojo for the project in {@code projectDir}, logging to {@code log}, with parameters as name/value pairs. */
    static <T extends AbstractMojo> T mojo(T mojo, Path projectDir, RecordingLog log, Object... parameters) {
        set(mojo, "basedir", projectDir.toFile());
        for (int i = 0; i < parameters.length; i += 2) {
            set(mojo, (String) parameters[i], parameters[i + 1]);
        }
        mojo.setLog(log);
        return mojo;
    }

    private static void set(Object target, String name, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                // as Maven does: a text value becomes a masking parameter type through its String constructor
                if (value instanceof String text && f.getType() == Secret.class) {
                    value = new Secret(text);
                } else if (value instanceof String text && f.getType() == MaskedUrl.class) {
                    value = new MaskedUrl(text);
                }
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no parameter " + name + " in " + target.getClass().getSimpleName());
    }
}
