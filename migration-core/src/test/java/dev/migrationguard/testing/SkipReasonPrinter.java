package dev.migrationguard.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints why a test was skipped (a failed assumption, e.g. no Docker engine, or a disabled test) on the build's
 * console, where surefire by itself only counts it. Registered for every test of the module through
 * {@code junit-platform.properties} (extension autodetection) and {@code META-INF/services}.
 */
public final class SkipReasonPrinter implements TestWatcher {

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        print(context, cause == null ? null : cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        print(context, reason.orElse(null));
    }

    static String line(String className, String method, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        return "SKIPPED " + className + "." + method + ": " + why.replaceFirst("^Assumption failed: ", "");
    }

    private static void print(ExtensionContext context, String reason) {
        String className = context.getRequiredTestClass().getSimpleName();
        String method = context.getTestMethod().map(m -> m.getName()).orElse(context.getDisplayName());
        System.out.println(line(className, method, reason));
    }
}
