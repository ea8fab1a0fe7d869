// The Samenleergesprek: a coach and a jobseeker look back on their work
// together, as equals. Plain state plus applySamenleer(state, action); the
// record is the setup plus the action log.
//
// Flow: Opening (both agree to the agreements) -> Choosing (they take turns
// to pick 1..3 moments from the theme cards or an own topic) -> Talking (per
// moment the gespreksblad A/B/C: keep / change and an optional short note)
// -> Closing (actions agreed, a rating by each) -> Finished.
#pragma once
#include <array>
#include <optional>

#include "action.h"
#include "deck.h"
#include "rng.h"

namespace samenspel {

enum class SamenleerMove : std::uint16_t {
    Agree = 1,         // seat: this person agrees to the opening agreements
    PickMoment = 2,    // seat (must be on turn), card: a moment or own-topic card, text: own topic (optional)
    RemoveMoment = 3,  // seat (who picked it), card, value = 1 + index in the moment list (refused
                       // when that moment is not `card`); value 0 in records from before: the card alone
    StartTalking = 4,  // at least one moment chosen
    Answer = 5,        // round = moment index, value = question 0..2 (A/B/C) + 16 * choice (below),
                       // card = the moment's card (refused when the moment at that index is another
                       // card; "" in records from before), seat = who answers, text = optional note
    ShowMoment = 6,    // LEGACY: round = moment index to look at. Navigation, not a choice: the UI
                       // keeps the shown moment itself. Game::apply never logs it; replay still
                       // accepts it because records written before hold it.
    FinishTalking = 7,
    AddAction = 8,     // seat, card: an action card, text: optional own words
    RemoveAction = 9,  // value = index in the action list, card = that action's card (refused when the
                       // action at that index is another card; "" in records from before)
    Rate = 10,         // seat, value 1..5
    Finish = 11,       // both have rated
    Abandon = 12,
};

// The tap on a gespreksblad question. Encoded in Action::value's high byte so
// one Answer action carries question and choice: value = question + 16 * choice.
enum class AnswerChoice : std::uint8_t { None = 0, Keep = 1, Change = 2 };
constexpr int kCoach = 0;
constexpr int kJobseeker = 1;
constexpr int kQuestions = 3;

enum class SamenleerPhase : std::uint8_t { Opening, Choosing, Talking, Closing, Finished };

struct GespreksAnswer {
    AnswerChoice choice = AnswerChoice::None;
    std::string note;
    std::int16_t by = -1;  // who gave the last answer
    bool operator==(const GespreksAnswer& o) const { return choice == o.choice && note == o.note && by == o.by; }
};

struct ChosenMoment {
    std::string card;
    std::int16_t pickedBy = -1;
    std::string ownTopic;  // only for own-topic cards, optional
    std::array<GespreksAnswer, kQuestions> answers;
    bool operator==(const ChosenMoment& o) const {
        return card == o.card && pickedBy == o.pickedBy && ownTopic == o.ownTopic && answers == o.answers;
    }
};

struct AgreedAction {
    std::string card;
    std::int16_t addedBy = -1;
    std::string text;
    bool operator==(const AgreedAction& o) const { return card == o.card && addedBy == o.addedBy && text == o.text; }
};

struct SamenleerState {
    GameSetup setup;
    Rng rng;
    SamenleerPhase phase = SamenleerPhase::Opening;
    bool abandoned = false;
    std::array<bool, 2> agreed{false, false};
    std::int16_t turn = 0;                // who picks next
    std::vector<std::string> tableOrder;  // moment cards as laid out, shuffled by the seed
    std::vector<ChosenMoment> moments;
    std::uint16_t shownMoment = 0;  // legacy navigation (ShowMoment); not part of operator==, not in the record
    std::vector<AgreedAction> actions;
    std::array<std::int16_t, 2> ratings{0, 0};  // 0 = not yet

    bool finished() const { return phase == SamenleerPhase::Finished; }
    bool operator==(const SamenleerState& o) const;
};

std::optional<SamenleerState> startSamenleer(const Deck& deck, const GameSetup& setup, std::string* why = nullptr);
Verdict applySamenleer(const Deck& deck, SamenleerState& state, const Action& action);

namespace sl {
Action agree(int seat);
Action pickMoment(int seat, std::string card, std::string ownTopic = {});
Action removeMoment(std::uint16_t index, int seat, std::string card);  // refused when stale
Action removeMoment(int seat, std::string card);                       // legacy form: by card only
Action startTalking();
// `card` is the moment's card: the answer is refused when the moment list changed under it.
Action answer(std::uint16_t moment, std::string card, int seat, int question, AnswerChoice choice,
              std::string note = {});
Action answer(std::uint16_t moment, int seat, int question, AnswerChoice choice, std::string note = {});  // unchecked
Action showMoment(std::uint16_t moment);  // legacy: navigation, never logged
Action finishTalking();
Action addAction(int seat, std::string card, std::string text = {});
Action removeAction(int index, std::string card);  // refused when stale
Action removeAction(int index);                    // legacy form: by index only
Action rate(int seat, int value);
Action finish();
Action abandon();
}  // namespace sl

}  // namespace samenspel
