package dev.migrationguard.db.roundtrip;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL container for one round trip, started with Testcontainers. Testcontainers is an optional dependency of
 * the engine: this class is only loaded once {@link RoundTripTarget} has checked that it is on the class path and that
 * a Docker engine answers.
 */
final class ContainerServer implements AutoCloseable {

    private final PostgreSQLContainer<?> container;

    private ContainerServer(PostgreSQLContainer<?> container) {
        this.container = container;
    }

    /** True when Testcontainers itself finds a usable Docker environment (after the quiet probe said yes). */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /**
     * Starts {@code image} and waits until it accepts connections.
     *
     * @throws RuntimeException from Testcontainers when the image cannot be pulled or the container does not start
     */
    static ContainerServer start(String image) {
        PostgreSQLContainer<?> c = new PostgreSQLContainer<>(DockerImageName.parse(image)
                .asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("roundtrip");
        try {
            c.start();
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return new ContainerServer(c);
    }

    String jdbcUrl() {
        return container.getJdbcUrl();
    }

    String user() {
        return container.getUsername();
    }

    String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.close();
    }
}
