package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login form as an attacker uses it: guesses sent all at once (H5), a lock that tells which ids exist, password
 * spraying from one address, a login sent from another site, and what the session cookie and pages carry.
 */
@RenkeiTest
class LoginAttacksIntegrationTest {

    private static final String PASSWORD = "Login-Attack-2026";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MemberService members;
    @Autowired Accounts accounts;

    /** A member with a password and an enrolled authenticator; returns the TOTP secret. */
    private String enrolled(Actor member) {
        byte[] key = new byte[20];
        new SecureRandom().nextBytes(key);
        String secret = new Base32().encodeToString(key).replace("=", "");
        accounts.installDemoCredential(member.memberId(), accounts.hashPassword(PASSWORD), secret);
        return secret;
    }

    private Actor member() {
        return fixtures.actor(fixtures.member(fixtures.facility(fixtures.area(), FacilityType.CLINIC), Profession.NURSE).id());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static HttpClient client(String localAddress) throws Exception {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName(localAddress)).build();
    }

    private HttpResponse<String> postLogin(HttpClient http, String loginId, String password, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(loginId, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> r) {
        String l = r.headers().firstValue("Location").orElse("");
        URI u = URI.create(l);
        return u.getPath() + (u.getQuery() == null ? "" : "?" + u.getQuery());
    }

    private static List<Integer> all(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thirtyWrongCodesSentAtOnceLockTheAccountAndNoneAnswers500() throws Exception {
        Actor m = member();
        enrolled(m);
        HttpClient http = client("127.0.0.31");
        assertThat(location(postLogin(http, m.loginId(), PASSWORD))).isEqualTo("/login/verify");

        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = String.format("%06d", 100_000 + i);
            guesses.add(() -> http.send(HttpRequest.newBuilder(URI.create(base() + "/login/totp"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + code)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
        List<Integer> statuses = all(guesses);

        assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(401, 423));
        assertThat(statuses).contains(423);
        assertThat(members.get(fixtures.operator(), m.memberId()).accountState()).isEqualTo(AccountState.LOCKED);
    }

    @Test
    void thirtyWrongPasswordsSentAtOnceLockTheAccountAndNoneAnswers500() throws Exception {
        Actor m = member();
        enrolled(m);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String guess = "wrong-password-" + i;
            guesses.add(() -> postLogin(client("127.0.0.32"), m.loginId(), guess).statusCode());
        }
        List<Integer> statuses = all(guesses);

        assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(302, 429));
        assertThat(members.get(fixtures.operator(), m.memberId()).accountState()).isEqualTo(AccountState.LOCKED);
        // the right password does not get through the lock either
        assertThat(location(postLogin(client("127.0.0.33"), m.loginId(), PASSWORD))).isEqualTo("/login?error=credentials");
    }

    @Test
    void aLockedAccountAnswersLikeAnUnknownLoginId() throws Exception {
        Actor m = member();
        enrolled(m);
        HttpClient http = client("127.0.0.34");
        for (int i = 0; i < 5; i++) {
            postLogin(http, m.loginId(), "wrong-" + i);
        }
        assertThat(members.get(fixtures.operator(), m.memberId()).accountState()).isEqualTo(AccountState.LOCKED);
        String locked = location(postLogin(http, m.loginId(), PASSWORD));
        String unknown = location(postLogin(http, Fixtures.unique("nobody"), PASSWORD));
        assertThat(locked).isEqualTo(unknown).isEqualTo("/login?error=credentials");
    }

    @Test
    void anAddressThatKeepsFailingWaitsBeforeItsNextPasswordIsLookedAt() throws Exception {
        Actor m = member();
        enrolled(m);
        HttpClient sprayer = client("127.0.0.35");
        // many login ids, one password each: no account's lock sees it; the address's delay does
        for (int i = 0; i < 20; i++) {
            assertThat(location(postLogin(sprayer, Fixtures.unique("spray"), "Sommer-2026"))).isEqualTo("/login?error=credentials");
        }
        postLogin(sprayer, Fixtures.unique("spray"), "Sommer-2026");
        HttpResponse<String> held = postLogin(sprayer, m.loginId(), PASSWORD);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        // a browser is sent back to the login page, which says why
        assertThat(location(postLogin(sprayer, m.loginId(), PASSWORD, "Accept", "text/html"))).isEqualTo("/login?error=throttled");
        // the member, from another address, logs in as usual
        assertThat(location(postLogin(client("127.0.0.36"), m.loginId(), PASSWORD))).isEqualTo("/login/verify");
    }

    @Test
    void aLoginSentFromAnotherSitesPageIsRefused() throws Exception {
        Actor m = member();
        enrolled(m);
        HttpResponse<String> forged = postLogin(client("127.0.0.37"), m.loginId(), PASSWORD, "Origin", "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> ours = postLogin(client("127.0.0.37"), m.loginId(), PASSWORD, "Origin", base());
        assertThat(location(ours)).isEqualTo("/login/verify");
    }

    /** Logs the member in step by step with this cookie jar; returns the session id after the password step. */
    private String logIn(HttpClient http, CookieManager cookies, Actor m, String secret) throws Exception {
        assertThat(location(postLogin(http, m.loginId(), PASSWORD))).isEqualTo("/login/verify");
        String afterPassword = session(cookies);
        HttpResponse<Void> code = http.send(HttpRequest.newBuilder(URI.create(base() + "/login/totp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + StompMember.totpFor(secret))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(code.statusCode()).isEqualTo(204);
        return afterPassword;
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnly() throws Exception {
        Actor m = member();
        enrolled(m);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> password = postLogin(http, m.loginId(), PASSWORD);
        List<String> setCookies = new ArrayList<>(page.headers().allValues("Set-Cookie"));
        setCookies.addAll(password.headers().allValues("Set-Cookie"));
        assertThat(setCookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void theSessionIdIsRenewedWhenTheSecondFactorCompletes() throws Exception {
        Actor m = member();
        String secret = enrolled(m);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String afterPassword = logIn(http, cookies, m, secret);
        assertThat(session(cookies)).isNotEqualTo(afterPassword);
    }

    @Test
    void aMembersPagesAreNotCachedNotSniffedAndKeepOtherSitesScriptsOut() throws Exception {
        Actor m = member();
        String secret = enrolled(m);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(http, cookies, m, secret);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as(home.headers().map().toString()).isEqualTo(200);
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                .contains("frame-ancestors 'self'");
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}
