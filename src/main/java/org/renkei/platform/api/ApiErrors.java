package org.renkei.platform.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.Translations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a REST controller as RFC 9457 problem details: our services' refusals with their message
 * code and a text in the caller's language (Accept-Language; Japanese unless English is asked for), the
 * fields of invalid input, and Spring MVC's own errors (malformed JSON, wrong method, unknown path …) in the
 * same shape.
 */
@RestControllerAdvice(basePackages = "org.renkei")
class ApiErrors extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = RenkeiException.PROBLEM_TYPES;

    private final Translations translations;

    ApiErrors(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(RenkeiException.class)
    ResponseEntity<ProblemDetail> refused(RenkeiException e, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        Locale locale = Translations.supported(request.getLocale());
        ProblemDetail p = problem(status, e.messageKey(), translations.text(e, locale), request);
        if (e instanceof InvalidInputException invalid) {
            p.setProperty("errors", invalid.problems().stream().map(x -> Map.of("field", x.field(), "code", x.messageKey(),
                    "detail", translations.text(x.messageKey(), locale, x.arguments().toArray()))).toList());
        }
        return ResponseEntity.status(status).body(p);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail p = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(statusCode);
        String code = "http-" + statusCode.value();
        p.setType(URI.create(TYPE_BASE + code));
        p.setProperty("code", code);
        if (p.getDetail() == null) {
            p.setDetail(ex.getMessage());
        }
        if (request instanceof ServletWebRequest web) {
            p.setInstance(URI.create(web.getRequest().getRequestURI()));
        }
        return super.handleExceptionInternal(ex, p, headers, statusCode, request);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + code));
        p.setTitle(status.getReasonPhrase());
        p.setProperty("code", code);
        if (request instanceof ServletWebRequest web) {
            p.setInstance(URI.create(web.getRequest().getRequestURI()));
        }
        return p;
    }

}
