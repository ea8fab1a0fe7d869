// Tegenwicht: professionals name the factors behind one decision per round.
// The game is plain state plus apply(state, action); the RNG travels in the
// state, so setup + action log replays to the same game on every device.
//
// Round flow (roundStep() names each step): Telling (the inbrenger tells a
// decision; the group may ChooseInbrenger) -> StartPicking -> Picking (each
// seat but the inbrenger picks a factor face down; Unpick takes one back)
// -> Reveal (all at once) -> Balancing (every revealed card placed heavy /
// light / unnoticed) -> CloseBalance -> Deciding (inbrenger: decisive factor,
// or none of them, + process step) -> DrawCounter (a counter-question) ->
// NextRound. Decide may be given again until NextRound. After the last
// round: Closing (optional one-line intentions) -> Finish.
//
// Records written before StartPicking and CloseBalance existed never hold
// them; their replay still works because a Pick while telling starts the
// picking and a Decide with every card placed closes the balance.
#pragma once
#include <array>
#include <map>
#include <optional>

#include "action.h"
#include "deck.h"
#include "rng.h"

namespace samenspel {

enum class TegenwichtMove : std::uint16_t {
    Pick = 1,         // seat, card: a factor from the seat's hand, face down (again = change)
    Reveal = 2,       // all picks turn over at once
    Place = 3,        // card, value = Weight: put a revealed card on the balance
    Decide = 4,       // seat = inbrenger, card = decisive factor, value = process step 0..5
    DrawCounter = 5,  // draw a counter-question card (again = another one)
    NextRound = 6,
    SetIntention = 7,  // seat, text (empty clears)
    Finish = 8,
    Abandon = 9,
    StartPicking = 10,     // round: the inbrenger has told the decision; picking starts
    CloseBalance = 11,     // round: every revealed card is placed; on to the decisive factor
    Unpick = 12,           // round, seat: take a face-down pick back before the reveal
    ChooseInbrenger = 13,  // round, seat: who tells this round (only while telling, before any pick)
};

enum class Weight : std::int16_t { Heavy = 0, Light = 1, Unnoticed = 2 };
constexpr int kProcessSteps = 6;  // 0 Vooraf .. 5 Reageren

// The coarse phase. Picking holds the telling step too (the round's `told`
// says which), and Deciding means "every card placed" (the round's
// `balanceClosed` says whether the group has moved on): use roundStep().
enum class TegenwichtPhase : std::uint8_t { Picking, Balancing, Deciding, Countering, RoundDone, Closing, Finished };

// Where the group is in a round: what the UI shows after a restart.
enum class RoundStep : std::uint8_t {
    Telling,     // the inbrenger tells the decision; the inbrenger may still be chosen
    Picking,     // seats pick face down
    Revealing,   // every seat has picked; the group turns the cards over
    Balancing,   // revealed cards go on the balance (also when all are placed but not closed)
    Deciding,    // the inbrenger names the decisive factor and the step
    Countering,  // a counter-question is to be drawn
    RoundDone,   // a counter-question lies on the table; next round (or decide again)
    Closing,     // after the last round: intentions
    Finished,
};

struct RevealedCard {
    std::string card;
    std::int16_t seat = -1;
    std::optional<Weight> weight;
    bool operator==(const RevealedCard& o) const { return card == o.card && seat == o.seat && weight == o.weight; }
};

struct TegenwichtRound {
    std::uint16_t number = 1;
    std::int16_t inbrenger = 0;
    std::map<std::int16_t, std::string> hiddenPicks;  // seat -> card, until Reveal
    std::vector<RevealedCard> revealed;
    bool told = false;               // StartPicking (or the first Pick) was given
    bool balanceClosed = false;      // CloseBalance (or the first Decide) was given
    std::string decisiveCard;        // empty after a Decide: none of the factors was decisive ("geen van deze")
    std::int16_t decisiveStep = -1;  // -1 until the inbrenger decides
    std::vector<std::string> counterCards;

    bool decided() const { return decisiveStep >= 0; }
    bool noneDecisive() const { return decided() && decisiveCard.empty(); }
    bool allPlaced() const;  // true when something is revealed and every revealed card has a weight
    bool operator==(const TegenwichtRound& o) const {
        return number == o.number && inbrenger == o.inbrenger && hiddenPicks == o.hiddenPicks &&
               revealed == o.revealed && told == o.told && balanceClosed == o.balanceClosed &&
               decisiveCard == o.decisiveCard && decisiveStep == o.decisiveStep && counterCards == o.counterCards;
    }
};

struct TegenwichtState {
    GameSetup setup;
    Rng rng;
    TegenwichtPhase phase = TegenwichtPhase::Picking;
    bool abandoned = false;
    std::vector<std::vector<std::string>> hands;  // per seat
    std::vector<std::string> drawPile;            // back = top
    std::vector<std::string> discardPile;
    std::vector<std::string> counterPile;
    std::vector<std::string> counterDiscard;
    std::vector<TegenwichtRound> rounds;  // back = the current round
    std::vector<std::string> intentions;  // per seat, may be empty

    const TegenwichtRound& current() const { return rounds.back(); }
    std::size_t seatCount() const { return setup.seats.size(); }
    bool finished() const { return phase == TegenwichtPhase::Finished; }
    bool operator==(const TegenwichtState& o) const;
};

// Starts a game: validates the setup, shuffles with the setup's seed, deals.
// Returns nullopt and fills `why` when the setup cannot be played.
std::optional<TegenwichtState> startTegenwicht(const Deck& deck, const GameSetup& setup, std::string* why = nullptr);

// Applies one action. On refusal the state is unchanged.
Verdict applyTegenwicht(const Deck& deck, TegenwichtState& state, const Action& action);

// Seats that still have to pick in the current round, in seat order.
std::vector<std::int16_t> seatsStillToPick(const TegenwichtState& state);
// Where the group is in the current round (or Closing / Finished).
RoundStep roundStep(const TegenwichtState& state);
// Whether the inbrenger may still be chosen / a seat may take its pick back.
bool canChooseInbrenger(const TegenwichtState& state);
bool canUnpick(const TegenwichtState& state, int seat);
// Whether the inbrenger may (again) name the decisive factor.
bool canDecide(const TegenwichtState& state);

// What this group did per cluster: counts of its own placements and
// decisive factors, nothing weighted. The clusters are the deck's own
// grouping; the study gives no share per cluster (see content/tegenwicht_picture.h).
struct ClusterWeight {
    std::string group;
    int picked = 0;  // revealed cards of this cluster, placed or not
    int heavy = 0, light = 0, unnoticed = 0, decisive = 0;
};
std::vector<ClusterWeight> summariseTegenwicht(const Deck& deck, const TegenwichtState& state);
// Rounds in which the inbrenger said none of the factors was decisive.
int roundsWithNoneDecisive(const TegenwichtState& state);

// Convenience constructors so callers and tests read like the rules.
namespace tw {
Action pick(std::uint16_t round, int seat, std::string card);
Action reveal(std::uint16_t round);
Action place(std::uint16_t round, std::string card, Weight w);
// card empty: none of the factors was decisive ("geen van deze"); step 0..5 still required.
Action decide(std::uint16_t round, int seat, std::string card, int step);
Action decideNone(std::uint16_t round, int seat, int step);
Action startPicking(std::uint16_t round);
Action closeBalance(std::uint16_t round);
Action unpick(std::uint16_t round, int seat);
Action chooseInbrenger(std::uint16_t round, int seat);
Action drawCounter(std::uint16_t round);
Action nextRound(std::uint16_t round);
Action intention(int seat, std::string text);
Action finish();
Action abandon();
}  // namespace tw

}  // namespace samenspel
