// Reflectie ("Anders kijken"), after the KNAP'RZ reflection method (seed
// 000): 3-8 professionals look again at one own experience, led by a
// gespreksleider. Plain state plus applyReflectie(state, action); the RNG
// travels in the state, so setup + action log replays to the same session.
//
// Flow: Opening (series A/B/C, a theme, the agreements, the theme's
// knowledge card) -> per round: Proposing (2-3 seats name a situation in a
// word or a pictogram, hard or a success; the group picks one) -> Telling
// -> Questioning (hard: each questioner is dealt a perspective card and asks
// from it in turn; success: each notes a success factor face down, revealed
// together) -> Deepening (series B and C: the lens cards, which norm
// weighed) -> Modelling (the inbrenger places the own approach on the
// theme's model, or a token on the three-stance triangle) -> Appreciating
// (each other seat names a strength heard) -> Closing (the inbrenger's
// voornemen, each other seat's "wat ik leer") -> NextRound or Finish.
//
// The gespreksleider is an outsider in series A and B (seat -1, no avatar);
// in series C the role goes round the seats, one round each, and that seat
// neither brings in nor questions in its round.
#pragma once
#include <map>
#include <optional>

#include "action.h"
#include "deck.h"
#include "rng.h"

namespace samenspel {

enum class ReflectieMove : std::uint16_t {
    ChooseSeries = 1,         // value 0..2: series A, B, C (Opening, before Agree)
    ChooseTheme = 2,          // card: a theme card the series offers (Opening, before Agree)
    Agree = 3,                // the group has read the agreements (a theme is chosen)
    ReadKnowledge = 4,        // the theme's knowledge card is read: the first round starts
    Propose = 5,              // round, seat, value = form (0 hard, 1 success), card = situation card and/or text
    Withdraw = 6,             // round, seat: take the own proposal back
    ChooseInbreng = 7,        // round, value = index in the proposals, seat = its proposer (stale check)
    StartQuestioning = 8,     // round: the inbrenger has told; hard form: perspectives are dealt
    Asked = 9,                // round, seat = the questioner on turn (hard form)
    PlayPrompt = 10,          // round, card = a facilitator card (A/B: only "nog geen oplossingen")
    NoteFactor = 11,          // round, seat, card = strength card, text optional (success form, face down)
    RevealFactors = 12,       // round: every questioner has noted; all turn over at once
    FinishQuestioning = 13,   // round
    NameNorm = 14,            // round, card = norm card that weighed most ("" clears) (Deepening)
    FinishDeepening = 15,     // round
    PlaceModel = 16,          // round, card = model card of the theme, value 1..3 (little, partly, strongly)
    PlaceStance = 17,         // round, card = stance card, value 0 = where I stood, 1 = where I want to stand
    FinishModel = 18,         // round: at least one placement
    NameStrength = 19,        // round, seat (not the inbrenger), card = strength card, text optional
    FinishAppreciation = 20,  // round: every other seat named a strength
    SetVoornemen = 21,        // round, seat = inbrenger, card = intention card, text optional
    AddLearning = 22,         // round, seat (not the inbrenger), card = learning card, text optional
    NextRound = 23,           // round: the voornemen is set and rounds are left
    Finish = 24,              // after the last round's voornemen
    Abandon = 25,
};

enum class ReflectieForm : std::uint8_t { Hard = 0, Success = 1 };
enum class ReflectieSeries : std::uint8_t { A = 0, B = 1, C = 2 };
enum class ReflectiePhase : std::uint8_t {
    Opening,
    Proposing,
    Telling,
    Questioning,
    Deepening,
    Modelling,
    Appreciating,
    Closing,
    Finished
};
// What the inbrenger places the own approach on: rated cards, or a token on a triangle.
enum class ModelShape : std::uint8_t { Scale, Triangle };
constexpr int kOutsideLeader = -1;  // the gespreksleider is not one of the seats
constexpr int kModelMin = 1, kModelMax = 3;

struct Proposal {
    std::int16_t seat = -1;
    ReflectieForm form = ReflectieForm::Hard;
    std::string card;  // situation pictogram card, may be empty when a word is given
    std::string text;  // a word or a few, may be empty when a card is given
    bool operator==(const Proposal& o) const {
        return seat == o.seat && form == o.form && card == o.card && text == o.text;
    }
};

// A card with optional own words (a factor, a strength, a voornemen, a learning).
struct CardNote {
    std::string card;
    std::string text;
    bool empty() const { return card.empty(); }
    bool operator==(const CardNote& o) const { return card == o.card && text == o.text; }
};

struct DealtPerspective {
    std::int16_t seat = -1;
    std::string card;
    bool operator==(const DealtPerspective& o) const { return seat == o.seat && card == o.card; }
};

struct ReflectieRound {
    std::uint16_t number = 1;
    std::int16_t leader = kOutsideLeader;
    std::vector<Proposal> proposals;
    std::int16_t inbrenger = -1;  // -1 until the group chose
    ReflectieForm form = ReflectieForm::Hard;
    std::vector<DealtPerspective> dealt;       // hard form: the questioners in turn order
    std::uint16_t asked = 0;                   // hard form: how many have asked
    std::map<std::int16_t, CardNote> factors;  // success form: seat -> note
    bool revealed = false;
    std::vector<std::string> prompts;  // facilitator cards played, in order
    std::string norm;
    std::map<std::string, std::int16_t> model;  // model card -> 1..3
    std::string stanceNow, stanceWant;
    std::map<std::int16_t, CardNote> strengths;
    CardNote voornemen;
    std::map<std::int16_t, CardNote> learnings;

    bool chosen() const { return inbrenger >= 0; }
    bool operator==(const ReflectieRound& o) const;
};

struct ReflectieState {
    GameSetup setup;
    Rng rng;
    ReflectiePhase phase = ReflectiePhase::Opening;
    bool abandoned = false;
    ReflectieSeries series = ReflectieSeries::A;
    std::string theme;  // theme card id
    bool agreed = false;
    std::vector<std::string> perspectivePile;  // back = top
    std::vector<ReflectieRound> rounds;        // back = the current round

    const ReflectieRound& current() const { return rounds.back(); }
    std::size_t seatCount() const { return setup.seats.size(); }
    std::uint16_t plannedRounds() const { return setup.rounds ? setup.rounds : 1; }
    bool finished() const { return phase == ReflectiePhase::Finished; }
    bool operator==(const ReflectieState& o) const;
};

std::optional<ReflectieState> startReflectie(const Deck& deck, const GameSetup& setup, std::string* why = nullptr);
Verdict applyReflectie(const Deck& deck, ReflectieState& state, const Action& action);

// The themes a series offers (A: the first `themesInA` by order; B and C: all).
std::vector<const Card*> themesForSeries(const Deck& deck, ReflectieSeries series);
// The group id of the chosen theme ("" before one is chosen).
std::string themeGroup(const Deck& deck, const ReflectieState& s);
// The theme's knowledge card (nullptr when there is none).
const Card* knowledgeCard(const Deck& deck, const ReflectieState& s);
// The model the inbrenger places the approach on: the theme's stance cards
// (a triangle) or its model cards (a scale of 1..3 each).
ModelShape modelShape(const Deck& deck, const ReflectieState& s);
std::vector<const Card*> modelCards(const Deck& deck, const ReflectieState& s);
// Who may bring in and who questions this round: every seat but the
// gespreksleider (series C), and the questioners also not the inbrenger,
// starting after the inbrenger.
std::vector<std::int16_t> proposers(const ReflectieState& s);
std::vector<std::int16_t> questioners(const ReflectieState& s);
// Every seat but the inbrenger: they name a strength and what they learn.
std::vector<std::int16_t> otherSeats(const ReflectieState& s);
// Hard form: the seat whose turn it is to ask (-1: all have asked).
int questionerOnTurn(const ReflectieState& s);
// Success form: the questioners that have not noted a factor yet.
std::vector<std::int16_t> seatsStillToNote(const ReflectieState& s);
// Whether a facilitator card may be played now (series and phase).
bool canPlayPrompt(const Deck& deck, const ReflectieState& s, const std::string& card);
// The facilitator cards the gespreksleider sees: all in series C, else only "nog geen oplossingen".
std::vector<const Card*> promptsFor(const Deck& deck, const ReflectieState& s);

namespace rf {
Action chooseSeries(ReflectieSeries series);
Action chooseTheme(std::string card);
Action agree();
Action readKnowledge();
Action propose(std::uint16_t round, int seat, ReflectieForm form, std::string card, std::string text = {});
Action withdraw(std::uint16_t round, int seat);
Action chooseInbreng(std::uint16_t round, int index, int seat);
Action startQuestioning(std::uint16_t round);
Action asked(std::uint16_t round, int seat);
Action playPrompt(std::uint16_t round, std::string card);
Action noteFactor(std::uint16_t round, int seat, std::string card, std::string text = {});
Action revealFactors(std::uint16_t round);
Action finishQuestioning(std::uint16_t round);
Action nameNorm(std::uint16_t round, std::string card);
Action finishDeepening(std::uint16_t round);
Action placeModel(std::uint16_t round, std::string card, int value);
Action placeStance(std::uint16_t round, std::string card, bool wanted);
Action finishModel(std::uint16_t round);
Action nameStrength(std::uint16_t round, int seat, std::string card, std::string text = {});
Action finishAppreciation(std::uint16_t round);
Action setVoornemen(std::uint16_t round, int seat, std::string card, std::string text = {});
Action addLearning(std::uint16_t round, int seat, std::string card, std::string text = {});
Action nextRound(std::uint16_t round);
Action finish();
Action abandon();
}  // namespace rf

}  // namespace samenspel
