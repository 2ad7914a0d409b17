package org.renkei;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A real SMTP server (GreenMail) for the whole test run; the portal sends its mail there. */
public final class TestMail {

    private static final GreenMail server = start();

    private TestMail() {}

    private static GreenMail start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            return mail;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GreenMail server() {
        return server;
    }

    /** Every mail received so far for the address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Subject and decoded body of every mail received so far for the address, oldest first. */
    public static List<String> texts(String address) {
        return to(address).stream().map(m -> {
            try {
                return m.getSubject() + "\n" + decode(GreenMailUtil.getBody(m));
            } catch (MessagingException e) {
                return decode(GreenMailUtil.getBody(m));
            }
        }).toList();
    }

    /** The one-time link of this path in any mail to the address, the newest first. */
    public static String anyLink(String address, String path) {
        List<String> all = new ArrayList<>(texts(address));
        Collections.reverse(all);
        for (String text : all) {
            Matcher m = Pattern.compile("/" + path + "/([A-Za-z0-9_-]{20,})").matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no /" + path + "/ link in any mail to " + address);
    }

    /** The one-time link (activation or reset) in the newest mail to the address. */
    public static String lastLink(String address, String path) {
        List<MimeMessage> mails = to(address);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        String body = GreenMailUtil.getBody(mails.getLast());
        String decoded = decode(body);
        Matcher m = Pattern.compile("/" + path + "/([A-Za-z0-9_-]{20,})").matcher(decoded);
        if (!m.find()) {
            throw new AssertionError("no /" + path + "/ link in mail to " + address + ": " + decoded);
        }
        return m.group(1);
    }

    private static String decode(String body) {
        try {
            return new String(MimeUtility.decode(
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                    "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return body;
        }
    }

    /** Points spring.mail.* at the test server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + server.getSmtp().getPort()).applyTo(context.getEnvironment());
        }
    }
}
