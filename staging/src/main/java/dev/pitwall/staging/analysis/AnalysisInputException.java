package dev.pitwall.staging.analysis;

/** A query parameter the analysis API cannot take: 400 when malformed, 404 when it names nothing in the marts. */
class AnalysisInputException extends RuntimeException {

    final int status;
    final String parameter;
    final String value;

    AnalysisInputException(int status, String parameter, String value, String message) {
        super(message);
        this.status = status;
        this.parameter = parameter;
        this.value = value;
    }

    /** A whole number from a query parameter, or a 400 naming it. */
    static int number(String parameter, String value, String example) {
        if (value == null || value.isBlank()) {
            throw new AnalysisInputException(400, parameter, value, parameter + " is required, e.g. ?" + parameter + "="
                    + example);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new AnalysisInputException(400, parameter, value, parameter + " must be a whole number such as "
                    + example + ", got '" + value + "'");
        }
    }
}
