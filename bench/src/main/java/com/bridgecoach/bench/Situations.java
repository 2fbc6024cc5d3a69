package com.bridgecoach.bench;

/** What reps type: situations for /coach and claims to translate, in rotation during a run. */
final class Situations {
    private Situations() {
    }

    static final String[] TEXTS = {
        "The CIO says they have no bandwidth for another integration until after the Epic upgrade goes live",
        "Our CMO champion loves it but IT wants a forty-item security review before they'll even talk",
        "IT says they already have a tool in Cerner that does this and they don't want another vendor",
        "The CMO wants it live this quarter but the CIO says telehealth and the ERP project come first",
        "Their analysts are buried in go-live support tickets and nobody can build the HL7 interface",
        "The CIO keeps saying the integration is too risky and that physicians won't use it anyway",
        "Nursing leadership is excited but IT governance put us at the bottom of the list for next year",
        "The director of applications told us her team owns all clinical decision support and we should go through her",
        "We got a soft no from IT, something about interfaces, and the CMO went quiet after that",
        "The CIO says security will never approve a cloud vendor that touches PHI",
        "The hospital is consolidating on Epic and IT wants every request to wait for the roadmap review",
        "Our physician champion keeps escalating to the CEO and now the CIO won't take our calls",
    };

    static final String[] CLAIMS = {
        "Single sign-on from inside Epic cuts login time by 40%",
        "Our FHIR-based integration needs no custom interface work from your analysts",
        "Physicians finish documentation 20 minutes sooner per shift",
        "SOC 2 Type II certified with a completed HECVAT",
        "Nurses get alerts in the workflow they already use, with two fewer clicks",
        "We carry tier-one support so tickets never reach your service desk",
    };
}
