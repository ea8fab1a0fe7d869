#include "content/tegenwicht_picture.h"

#include <algorithm>
#include <tuple>

namespace samenspel {

namespace {
Figure count(Counted what, std::string of, int value) {
    return {value, FigureSource::RecordCount, what, std::move(of)};
}
}  // namespace

std::vector<const Figure*> TegenwichtPicture::figures() const {
    std::vector<const Figure*> out;
    for (const auto& c : clusters)
        for (const Figure* f : {&c.picked, &c.heavy, &c.light, &c.unnoticed, &c.decisive}) out.push_back(f);
    for (const auto& r : topFifteen)
        for (const Figure* f : {&r.rank, &r.picked, &r.heavy, &r.decisive}) out.push_back(f);
    out.push_back(&roundsNoneDecisive);
    return out;
}

TegenwichtPicture tegenwichtPicture(const Deck& deck, const TegenwichtState& s) {
    TegenwichtPicture p;
    for (const auto& w : summariseTegenwicht(deck, s))
        p.clusters.push_back({w.group, count(Counted::Picked, w.group, w.picked),
                              count(Counted::Heavy, w.group, w.heavy), count(Counted::Light, w.group, w.light),
                              count(Counted::Unnoticed, w.group, w.unnoticed),
                              count(Counted::Decisive, w.group, w.decisive)});
    std::stable_sort(p.clusters.begin(), p.clusters.end(), [](const ClusterRow& a, const ClusterRow& b) {
        auto key = [](const ClusterRow& r) {
            return std::make_tuple(r.heavy.value, r.decisive.value, r.light.value, r.picked.value);
        };
        return key(a) > key(b);
    });
    int most = 0;
    for (const auto& c : p.clusters) most = std::max(most, c.heavy.value);
    if (most > 0)
        for (const auto& c : p.clusters)
            if (c.heavy.value == most) p.mostHeavy.push_back(c.group);

    std::vector<const Card*> ranked;
    for (const Card* c : deck.cardsOfKind(CardKind::Factor))
        if (c->rank > 0) ranked.push_back(c);
    std::sort(ranked.begin(), ranked.end(), [](const Card* a, const Card* b) { return a->rank < b->rank; });
    for (const Card* c : ranked) {
        int picked = 0, heavy = 0, decisive = 0;
        for (const auto& r : s.rounds) {
            for (const auto& rc : r.revealed)
                if (rc.card == c->id) {
                    ++picked;
                    if (rc.weight == Weight::Heavy) ++heavy;
                }
            if (r.decisiveCard == c->id) ++decisive;
        }
        p.topFifteen.push_back({c->id,
                                {c->rank, FigureSource::StudyRank, Counted::Rank, c->id},
                                count(Counted::Picked, c->id, picked),
                                count(Counted::Heavy, c->id, heavy),
                                count(Counted::Decisive, c->id, decisive)});
    }
    p.roundsNoneDecisive = count(Counted::RoundsNoneDecisive, {}, roundsWithNoneDecisive(s));
    return p;
}

}  // namespace samenspel
