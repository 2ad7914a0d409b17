package org.renkei.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written by the API's filters (401, 403, 413, 429), in the shape the controllers'
 * advice writes: {@code type}, {@code title}, {@code status}, {@code detail} in the caller's language,
 * {@code instance}, and our {@code code}.
 */
@Component
public class ApiProblems {

    /** Where a problem type's documentation lives; {@code type} is this plus the code. */
    public static final String TYPE_BASE = RenkeiException.PROBLEM_TYPES;

    private final JsonMapper json;
    private final Translations translations;

    ApiProblems(JsonMapper json, Translations translations) {
        this.json = json;
        this.translations = translations;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, Object... args)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create(TYPE_BASE + code).toString());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", translations.text("api.problem." + code, Translations.supported(request.getLocale()), args));
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
