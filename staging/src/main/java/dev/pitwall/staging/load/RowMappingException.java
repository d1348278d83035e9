package dev.pitwall.staging.load;

/** A Jolpica row that cannot become a warehouse row, naming the page URL it came from and what is wrong. */
public class RowMappingException extends RuntimeException {

    private final String url;
    private final String reason;

    public RowMappingException(String url, String reason) {
        super(url + ": " + reason);
        this.url = url;
        this.reason = reason;
    }

    public String url() {
        return url;
    }

    public String reason() {
        return reason;
    }
}
