package io.normgraph.export;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Export errors as {@code application/problem+json} (RFC 9457), naming the parameter at fault.
 */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameter(InvalidExportParameterException ex) {
		return badRequest(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(ex.getName(), ex.getName() + " must be a whole number.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknownRoot(UnknownRootException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown node");
		problem.setProperty("id", ex.root());
		return respond(problem);
	}

	private static ResponseEntity<ProblemDetail> badRequest(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid parameter: " + parameter);
		problem.setProperty("parameter", parameter);
		return respond(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
