package dev.pitwall.staging.warehouse;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import org.jboss.logging.Logger;

/** Makes the configured warehouse the one {@link Warehouse} bean, and creates its tables at start-up. */
@ApplicationScoped
public class WarehouseProducer {

    private static final Logger LOG = Logger.getLogger(WarehouseProducer.class);

    @Produces
    @ApplicationScoped
    Warehouse warehouse(WarehouseConfig config) {
        return switch (config.kind()) {
            case duckdb -> new DuckDbWarehouse(Path.of(config.duckdb().path()), config.duckdb().mergeStrategy());
            case snowflake -> snowflake(config.snowflake());
        };
    }

    void close(@Disposes Warehouse warehouse) {
        warehouse.close();
    }

    void createSchema(@Observes StartupEvent start, Warehouse warehouse) {
        warehouse.createSchema();
        LOG.infof("Warehouse %s: %d staging tables ready", warehouse.kind(), StagingTables.ALL.size());
    }

    static SnowflakeWarehouse snowflake(WarehouseConfig.Snowflake config) {
        String account = config.account().orElseThrow(() -> new WarehouseException(
                "pitwall.warehouse.kind=snowflake needs SNOWFLAKE_ACCOUNT"));
        String url = "jdbc:snowflake://" + account + ".snowflakecomputing.com/";
        Properties properties = connectionProperties(config);
        return new SnowflakeWarehouse(() -> DriverManager.getConnection(url, properties));
    }

    /** The Snowflake JDBC connection properties; password or key-pair, whichever is set. */
    static Properties connectionProperties(WarehouseConfig.Snowflake config) {
        Properties p = new Properties();
        config.user().ifPresent(v -> p.put("user", v));
        config.password().ifPresent(v -> p.put("password", v));
        config.privateKeyFile().ifPresent(v -> p.put("private_key_file", v));
        config.privateKeyFilePassword().ifPresent(v -> p.put("private_key_file_pwd", v));
        config.role().ifPresent(v -> p.put("role", v));
        config.warehouse().ifPresent(v -> p.put("warehouse", v));
        config.database().ifPresent(v -> p.put("db", v));
        p.put("schema", config.schema());
        return p;
    }
}
