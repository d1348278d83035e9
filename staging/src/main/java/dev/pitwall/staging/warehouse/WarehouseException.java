package dev.pitwall.staging.warehouse;

/** A warehouse operation failed; the transaction it ran in was rolled back. */
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }

    public WarehouseException(String message) {
        super(message);
    }
}
