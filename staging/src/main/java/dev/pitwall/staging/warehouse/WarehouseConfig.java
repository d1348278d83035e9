package dev.pitwall.staging.warehouse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Which warehouse staging writes to, and how to reach it ({@code pitwall.warehouse.*}; env {@code PITWALL_WAREHOUSE_...}). */
@ConfigMapping(prefix = "pitwall.warehouse")
public interface WarehouseConfig {

    /** The warehouse: embedded {@code duckdb} (the default) or {@code snowflake}. */
    @WithDefault("duckdb")
    Kind kind();

    /** Embedded DuckDB. */
    Duckdb duckdb();

    /** Snowflake; set from the {@code SNOWFLAKE_*} environment variables (see application.properties). */
    Snowflake snowflake();

    enum Kind { duckdb, snowflake }

    /** Embedded DuckDB. */
    interface Duckdb {
        /** The DuckDB file; one process may write it at a time. */
        @WithDefault(".pitwall/warehouse.duckdb")
        String path();

        /**
         * How merges write: UPDATE_INSERT (update changed rows, insert new keys; the default), UPSERT
         * ({@code INSERT ... ON CONFLICT DO UPDATE}) or DELETE_INSERT.
         */
        @WithDefault("UPDATE_INSERT")
        DuckDbWarehouse.MergeStrategy mergeStrategy();
    }

    /** Snowflake over JDBC; the driver comes with the {@code -Psnowflake} build (staging/pom.xml, docs/deploy.md). */
    interface Snowflake {
        /** Account identifier, e.g. {@code myorg-myaccount}. */
        Optional<String> account();

        /** Login name. */
        Optional<String> user();

        /** Password; leave empty when using a key pair. */
        Optional<String> password();

        /** Path to the PKCS#8 private key file for key-pair authentication. */
        Optional<String> privateKeyFile();

        /** Passphrase of the private key file, if it is encrypted. */
        Optional<String> privateKeyFilePassword();

        /** Role to use. */
        Optional<String> role();

        /** Virtual warehouse that runs the queries. */
        Optional<String> warehouse();

        /** Database holding the staging schema. */
        Optional<String> database();

        /** Schema the staging tables live in. */
        @WithDefault("STAGING")
        String schema();
    }
}
