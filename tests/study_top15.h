// The study's top 15 as the report prints it: seed 002 (Panteia, Muzus &
// ZINZIZ 2021, "Afwegingen bij re-integratie & jobcoaching"), lines 147-161,
// rank n on line 146 + n. Copied character for character, so tests can hold
// every quoted name and every rank the app shows to the report. The report
// gives this order only: no shares, no scores, no clusters.
#pragma once
#include <map>
#include <string>

namespace samenspel::testing {

constexpr int kStudyTop15FirstLine = 147;  // seed 002, the line of rank 1

inline const std::map<int, std::string> kStudyTop15 = {
    {1, "Eigen vakinhoudelijke competenties en vaardigheden"},
    {2, "Belastbaarheid klant"},
    {3, "Persoonlijke praktijkervaringen in het werk als re-integratieprofessional of jobcoach"},
    {4, "Motivatie en drijfveren klant"},
    {5, "De aanpassingsbereidheid van de werkgever om aan te sluiten op de behoeften van de klant"},
    {6, "Wettelijke en beleidsmatige kaders rondom bepaalde klantgroepen (Participatiewet, Wajong, WIA, ZW)"},
    {7, "Eigen persoonlijke, emotionele en sociale vaardigheden"},
    {8, "De regelruimte om o.b.v. professionele kennis en ervaring beslissingen te nemen"},
    {9, "Persoonlijke, emotionele en sociale vaardigheden klant"},
    {10, "De begeleidingsmogelijkheden bij de werkgever om de klant adequaat te kunnen ondersteunen"},
    {11, "Wensen en behoeften klant"},
    {12, "Aard arbeidsbeperking klant"},
    {13, "De situatie op de arbeidsmarkt"},
    {14, "Persoonlijke opvattingen over de rol als professional"},
    {15, "Intervisie met collega's"},
};

}  // namespace samenspel::testing
