package vn.congdanso.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.qr.QrDecoder;

/**
 * A citizen's and a clerk's walk through the desk in a real, headless Chromium: search a
 * procedure and read its QR code off the screen, pay a fee through the sandbox gateway, and sign
 * in through the development provider.
 */
class BrowserJourneyTest {

    private static DeskApp desk;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() {
        desk = DeskApp.shared();
        chrome = Chromium.start(Chromium.newProfile());
    }

    @AfterAll
    static void stopBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    @Test
    void findsBirthRegistrationAndReadsItsQrCodeOffTheScreen() {
        chrome.get(desk.baseUrl() + "/procedures");
        chrome.findElement(By.id("q")).sendKeys("khai sinh");
        chrome.findElement(By.id("search")).click();
        WebElement birth = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@class,'procedure-link') and normalize-space(.)='Đăng ký khai sinh']")));
        birth.click();

        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure-name"))).getText())
                .isEqualTo("Đăng ký khai sinh");
        WebElement qr = chrome.findElement(By.id("portal-qr"));
        chrome.executeScript("arguments[0].scrollIntoView({block: 'center'})", qr);
        byte[] screenshot = qr.getScreenshotAs(OutputType.BYTES);

        String decoded = QrDecoder.standard().decode(screenshot).text();
        assertThat(decoded).isEqualTo(chrome.findElement(By.id("portal-link")).getText());
        assertThat(decoded).contains(chrome.findElement(By.id("procedure-code")).getText());
    }

    @Test
    void createsAFeeOrderPaysItAtTheSandboxGatewayAndSeesItPaid() {
        chrome.get(desk.baseUrl() + "/fees/new?procedure=1.004222");
        WebElement amount = chrome.findElement(By.id("fee-amount"));
        amount.clear();
        amount.sendKeys("20000");
        chrome.findElement(By.id("fee-description")).sendKeys("Lệ phí đăng ký thường trú");
        chrome.findElement(By.id("fee-create")).click();

        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-status"))).getText())
                .isEqualTo("PENDING");
        assertThat(chrome.findElement(By.id("vietqr")).findElement(By.tagName("svg")).isDisplayed()).isTrue();
        chrome.findElement(By.id("pay-vnpay")).click();

        WebElement banner = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("sandbox-banner")));
        assertThat(banner.getText()).contains("SANDBOX");
        chrome.findElement(By.id("sandbox-pay")).click();

        waitFor().until(ExpectedConditions.textToBe(By.id("order-status"), "PAID"));
        assertThat(chrome.findElement(By.id("order-payment-count")).getText()).isEqualTo("1");
    }

    @Test
    void signsInWithVneidThroughTheDevelopmentProvider() {
        chrome.get(desk.baseUrl() + "/signin");
        chrome.findElement(By.id("signin-vneid")).click();

        WebElement login = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("dev-login")));
        assertThat(chrome.getPageSource()).contains("KHÔNG PHẢI VNeID");
        login.click();

        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as"))).getText())
                .contains("NGUYEN VAN A");
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(chrome, Duration.ofSeconds(20));
    }
}
