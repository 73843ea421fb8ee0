package be.zorgzame.web.api.problem;

import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.web.Languages;
import be.zorgzame.web.Messages;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * Refuses the NUL character anywhere in a request's text: in a query or path parameter, and in any text
 * of a JSON body (400 naming each field, dotted as the validation names nested ones). No text of the
 * module has one, and PostgreSQL refuses it in any text value with an error, which would otherwise reach
 * the caller as a server error (found by HostileRequestsIT on PostgreSQL). A body is judged once bound
 * to its record, so every resource is covered without reading the body twice.
 */
@Provider
public class NulCharacterFilter implements ContainerRequestFilter, ReaderInterceptor {

    private static final String NUL = "\u0000";

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        TreeSet<String> fields = new TreeSet<>();
        collect(request.getUriInfo().getQueryParameters(), fields);
        collect(request.getUriInfo().getPathParameters(), fields);
        if (!fields.isEmpty()) {
            Locale locale = Languages.bestOf(request.getAcceptableLanguages());
            request.abortWith(refusal(fields, locale, request.getUriInfo()));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        TreeSet<String> fields = new TreeSet<>();
        collect(body, "", fields);
        if (fields.remove("")) {
            fields.add(bodyParameter());
        }
        if (!fields.isEmpty()) {
            throw new BadRequestException(refusal(fields, Problems.locale(headers), uriInfo));
        }
        return body;
    }

    private Response refusal(TreeSet<String> fields, Locale locale, UriInfo uri) {
        List<FieldError> errors = fields.stream()
                .map(field -> new FieldError(field, Messages.text(locale, "field.wrongShape")))
                .toList();
        return problems.of(Response.Status.BAD_REQUEST, Problems.Type.INVALID_INPUT, locale, Problems.instance(uri), errors);
    }

    private static void collect(MultivaluedMap<String, String> parameters, TreeSet<String> fields) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value != null && value.contains(NUL))) {
                fields.add(parameter.getKey());
            }
        }
    }

    /** Request bodies are records (of texts, numbers, enums, dates, lists and records) or JSON values. */
    private static void collect(Object value, String field, TreeSet<String> fields) {
        if (value instanceof String text) {
            if (text.contains(NUL)) {
                fields.add(field);
            }
        } else if (value instanceof JsonString text) {
            collect(text.getString(), field, fields);
        } else if (value instanceof Collection<?> elements) {
            elements.forEach(element -> collect(element, field, fields));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> collect(element, nested(field, String.valueOf(key)), fields));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collect(componentOf(value, component), nested(field, component.getName()), fields);
            }
        }
    }

    /** The parameter the body is bound to: the one without any JAX-RS binding annotation. */
    private String bodyParameter() {
        return Arrays.stream(resource.getResourceMethod().getParameters())
                .filter(p -> Arrays.stream(p.getAnnotations())
                        .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")))
                .map(Parameter::getName)
                .findFirst()
                .orElse("body");
    }

    private static Object componentOf(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String nested(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }
}
