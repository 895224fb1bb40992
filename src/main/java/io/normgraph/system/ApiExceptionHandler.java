package io.normgraph.system;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error as RFC 9457 {@code application/problem+json} with {@code title},
 * {@code status}, {@code detail} and, for a 400, the {@code parameter} at fault.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final String PARAMETER = "parameter";

	@ExceptionHandler
	ProblemDetail badParameter(BadParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad parameter", ex.getMessage(), ex.getParameter());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), ex.getParameter());
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad parameter",
				ex.getName() + " has the wrong type: '" + ex.getValue() + "'", ex.getName());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "unknown";
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Bad parameter",
					name + " has the wrong type: '" + ex.getValue() + "'", name));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Bad parameter", ex.getParameterName() + " is required",
					ex.getParameterName()));
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail,
			@Nullable String parameter) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (parameter != null) {
			problem.setProperty(PARAMETER, parameter);
		}
		return problem;
	}

}
