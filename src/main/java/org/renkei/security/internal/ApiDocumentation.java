package org.renkei.security.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.renkei.security.ApiScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says besides the endpoints: the API, how to get a token, the scopes. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI renkeiApi() {
        Scopes scopes = new Scopes();
        for (ApiScope s : ApiScope.values()) {
            scopes.addString(s.scope(), switch (s) {
                case PATIENTS_READ -> "read patients on the facility's teams and their summaries";
                case HANDOFFS_READ -> "read handoffs, their answers, timelines and documents";
                case HANDOFFS_WRITE -> "draft, send, cancel, answer and complete handoffs; import referral letters";
                case MESSAGES_READ -> "read conversations and their history; subscribe over STOMP";
                case MESSAGES_WRITE -> "post messages";
                case DIRECTORY_READ -> "search the member and facility directory";
                case ONCALL_READ -> "who answers a patient's call; the briefs of the clinic's doctors' cover periods";
                case ONCALL_WRITE -> "record a call taken by a covering doctor of the clinic";
                case BEDS_READ -> "the backup-bed board; requests sent to the hospital or for the facility's patients; referral PDFs";
                case BEDS_WRITE -> "set the hospital's free beds; request a bed for a patient; answer, admit, discharge";
                case COORDINATION_READ -> "the requests the facility filed with the coordination desk, and where they stand";
                case COORDINATION_WRITE -> "file a request with the district's coordination desk";
                case SAFETY_READ -> "the facility's own incident reports, the visit-risk measures on its patients and its two-person visits";
                case SAFETY_WRITE -> "log a two-person visit";
                case PREPAREDNESS_READ -> "the district desk's register of ventilator users, and the check states during a disaster event";
                case EVENTS_READ -> "the association's calendar of meetings and trainings, and the participants of the facility's own";
                case EVENTS_WRITE -> "record attendance at the meetings the facility organises";
            });
        }
        return new OpenAPI()
                .info(new Info().title("Renkei API").version("1")
                        .description("The portal's API for hospital systems and other programs. Get a token from /oauth2/token "
                                + "with the client credentials grant (HTTP Basic with the client id and secret an association "
                                + "administrator registered), then send it as 'Authorization: Bearer …'. A client acts for its "
                                + "facility only. Errors are RFC 9457 problem details. See docs/api.md."))
                .servers(List.of(new Server().url("/").description("this portal")))
                .components(new Components().addSecuritySchemes("oauth2", new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                        .description("OAuth2 client credentials; tokens are JWTs signed by the portal (or a configured external issuer)")
                        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes)))))
                .addSecurityItem(new SecurityRequirement().addList("oauth2"));
    }
}
