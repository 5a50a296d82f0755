package dk.referatarkiv.web;

/**
 * The body of every error response.
 *
 * @param error   a stable machine-readable code, e.g. {@code invalid_parameter}
 * @param message a Danish sentence for a person
 */
public record ApiError(String error, String message) {
}
