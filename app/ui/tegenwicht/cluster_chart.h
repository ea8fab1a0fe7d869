// The end picture of Tegenwicht, drawn from TegenwichtPicture (and nothing
// else, so every number on it has a source): this group's cards per
// cluster as blocks, one block per card (heavy, light, unnoticed, and a
// decisive mark), said to be the app's own clusters; beside it the study's
// top 15 as a ranked list, with what this group did with each of those
// cards. Side by side on a wide screen, one under the other on a phone.
#pragma once
#include <string>

#include "content/tegenwicht_picture.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

// The cluster blocks and the top-15 list.
void tegenwichtPictureView(Ui& ui, const Deck& deck, const TegenwichtPicture& picture);

// A cluster's label (its id when the deck lacks it).
std::string clusterLabel(const Deck& deck, const std::string& group);
// One sentence: which cluster(s) had the most cards placed heavy.
std::string mostHeavySentence(Ui& ui, const Deck& deck, const TegenwichtPicture& picture);

}  // namespace samenspel::ui
