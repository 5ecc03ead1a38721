package vn.congdanso.onestop.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's start page: one entry per flow. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
