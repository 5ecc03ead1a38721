package vn.congdanso.onestop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The One-Stop desk: the reference integration of every congdanso module on the Spring Boot
 * starter. {@code java -jar onestop-desk.jar} starts it on embedded defaults (an H2 file database
 * and generated sandbox keys in {@code ./onestop-data}); see the README for its configuration.
 */
@SpringBootApplication
public class OnestopDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(OnestopDeskApplication.class, args);
    }
}
