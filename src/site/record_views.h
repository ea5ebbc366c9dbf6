// The view models of the two record pages no report draws: an entity's involvement and a
// prospect's stages.
#pragma once

#include "site/site_page.h"

namespace multilat::site {

// Where the entity is involved, its delegations, the actions and deadlines it owns, its
// prospects, and its calendar feed.
SitePage entity_page(const SiteInputs& in, const Entity& entity);

// The prospect's partner, lead, stage history, next step, and the meetings that name it.
SitePage prospect_page(const SiteInputs& in, const Prospect& prospect);

}  // namespace multilat::site
