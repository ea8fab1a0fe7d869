// The end picture of Tegenwicht: per cluster, how much it weighed in this
// group beside its share of the study's national top-15, as paired bars
// with the cluster's colour and symbol.
#pragma once
#include <vector>

#include "engine/tegenwicht_game.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

void clusterChart(Ui& ui, const Deck& deck, const std::vector<ClusterWeight>& weights);

}  // namespace samenspel::ui
