package io.github.camellifen.component;

import java.util.Map;

import io.github.camellifen.component.StubServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One token per (token URL, client, secret, audience, database reference), in each component separately. */
class TokenCacheKeyTest {

    private StubServer tokens;
    private StubServer api;

    @BeforeEach
    void startStubs() throws Exception {
        // Each token names what it was minted for, so the API side can tell which one it received
        tokens = new StubServer();
        tokens.respond(request -> {
            Map<String, String> form = request.form();
            return Reply.token("tok|" + form.get("audience") + "|" + form.get("database_reference") + "|"
                    + tokens.count(), 3600);
        });
        api = new StubServer().respond(request -> Reply.fhir(200, "{\"resourceType\":\"Patient\",\"id\":\"1\"}"));
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
    }

    @Test
    void audienceAndDatabaseSelectTheToken() {
        String a = "lifen:read/Patient?resourceId=1&audience=https://api-a.example/";
        String b = "lifen:read/Patient?resourceId=1&audience=https://api-b.example/";
        String dbA = "lifen:read/Patient?resourceId=2&databaseReference=db-A";
        String dbB = "lifen:read/Patient?resourceId=2&databaseReference=db-B";

        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            for (int round = 0; round < 3; round++) {
                lifen.send(a);
                assertThat(bearer()).startsWith("Bearer tok|https://api-a.example/|db-A|");
                lifen.send(b);
                assertThat(bearer()).startsWith("Bearer tok|https://api-b.example/|db-A|");
                lifen.send(dbA);
                assertThat(bearer()).startsWith("Bearer tok|https://sandbox.platform-apis/|db-A|");
                lifen.send(dbB);
                assertThat(bearer()).startsWith("Bearer tok|https://sandbox.platform-apis/|db-B|");
            }
        }
        assertThat(tokens.count()).as("four distinct credential sets").isEqualTo(4);
    }

    @Test
    void secretIsPartOfTheKey() {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            lifen.send("lifen:read/Patient?resourceId=1&clientSecret=RAW(first)");
            lifen.send("lifen:read/Patient?resourceId=1&clientSecret=RAW(second)");
            lifen.send("lifen:read/Patient?resourceId=1&clientSecret=RAW(first)");
        }
        assertThat(tokens.count()).isEqualTo(2);
    }

    @Test
    void resourcePathsShareOneToken() {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            for (int i = 0; i < 10; i++) {
                lifen.send("lifen:read/Patient?resourceId=p" + i);
                lifen.send("lifen:read/Encounter?resourceId=e" + i);
                lifen.send("lifen:search/Patient?search.family=F" + i);
            }
        }
        assertThat(tokens.count()).isEqualTo(1);
        assertThat(api.count()).isEqualTo(30);
    }

    @Test
    void contextsKeepTheirOwnCache() {
        String read = "lifen:read/Patient?resourceId=1";
        LifenTestContext first = new LifenTestContext(LifenTestContext.stubs(tokens, api));
        try (LifenTestContext second = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            first.send(read);
            String firstBearer = bearer();
            second.send(read);
            String secondBearer = bearer();
            assertThat(secondBearer).as("same credentials, other context").isNotEqualTo(firstBearer);

            first.close();
            second.send(read);
            assertThat(bearer()).as("stopping one context leaves the other's token").isEqualTo(secondBearer);
        }
        assertThat(tokens.count()).isEqualTo(2);
    }

    private String bearer() {
        return api.last().header("Authorization");
    }
}
