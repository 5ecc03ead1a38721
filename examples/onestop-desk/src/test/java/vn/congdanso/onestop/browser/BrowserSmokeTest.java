package vn.congdanso.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import vn.congdanso.onestop.DeskApp;

class BrowserSmokeTest {

    @Test
    void showsTheDeskInVietnameseAndSwitchesToEnglish() {
        DeskApp desk = DeskApp.shared();
        ChromeDriver chrome = Chromium.start(Chromium.newProfile());
        try {
            chrome.get(desk.baseUrl() + "/");
            assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Bộ phận Một cửa");
            chrome.findElement(By.linkText("English")).click();
            assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("One-Stop desk");
        } finally {
            chrome.quit();
        }
    }
}
