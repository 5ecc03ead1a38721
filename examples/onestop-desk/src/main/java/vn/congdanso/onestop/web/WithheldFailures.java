package vn.congdanso.onestop.web;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a failure's message out of the container's log. A failure no handler answered leaves
 * Spring MVC as a {@link ServletException} whose message and causes carry the failure's own
 * message, which may hold what a citizen typed (an ID number, a name); the container logs it
 * whole before showing the error page. This filter, outermost, turns it into a
 * {@link ServletException} that keeps every exception's class and stack trace but withholds
 * every message ({@link #withheld(Throwable)}), so the log still says where the desk failed. The
 * error page is unchanged: 500, never a message or a trace. An {@link IOException} (a client that
 * went away) passes as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WithheldFailures extends OncePerRequestFilter {

    private static final int MAX_CAUSES = 16;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            throw new ServletException("request failed: " + rootClass(e).getName() + " (messages withheld)",
                    withheld(e));
        }
    }

    /**
     * A stand-in for {@code failure} and its causes: each has the class name and stack trace of
     * the one it replaces and no message.
     */
    public static Throwable withheld(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return withheld(failure, seen);
    }

    private static Throwable withheld(Throwable failure, Set<Throwable> seen) {
        seen.add(failure);
        Throwable cause = failure.getCause();
        Throwable standInCause = cause == null || seen.contains(cause) || seen.size() >= MAX_CAUSES ? null
                : withheld(cause, seen);
        Withheld standIn = new Withheld(failure.getClass().getName(), standInCause);
        standIn.setStackTrace(failure.getStackTrace());
        return standIn;
    }

    private static Class<?> rootClass(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root.getClass();
    }

    /** An exception of another class, named, its message withheld. */
    private static final class Withheld extends Exception {
        private static final long serialVersionUID = 1L;

        Withheld(String className, Throwable cause) {
            super(className + " (message withheld)", cause, false, true);
        }
    }
}
