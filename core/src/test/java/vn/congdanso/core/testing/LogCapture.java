package vn.congdanso.core.testing;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Captures every log event of the {@code vn.congdanso} loggers at DEBUG and above during one
 * test. Register with {@code @RegisterExtension final LogCapture logs = new LogCapture();}.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        Logger logger = root();
        previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.list.clear();
        appender.start();
        logger.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger logger = root();
        logger.detachAppender(appender);
        logger.setLevel(previous);
        appender.stop();
    }

    /** Each captured event's formatted message, with its throwable's messages appended. */
    public List<String> messages() {
        return appender.list.stream().map(LogCapture::render).collect(Collectors.toList());
    }

    /** All captured output as one text. */
    public String text() {
        return String.join("\n", messages());
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getFormattedMessage());
        for (var t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger("vn.congdanso");
    }
}
