"""Resolution: the place each recognised name means. Every candidate place is scored by its prior (feature type,
population, own name or alternate, national capital), a container written next to the name ("Springfield,
Illinois"), the article's country and region focus, and its distance to the article's other places. Every weight
and threshold is a field of :class:`Weights`.

What depends only on a name (its candidates and their priors) is worked out once per process; what depends on
the article but not on the choices (distances) once per article, for all its names together.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from itertools import accumulate
from typing import Mapping, NamedTuple

import numpy as np

from conflictmap.geoparser.gazetteer import CONTINENT, COUNTRY, DISTRICT, FEATURES, PLACE, REGION, Gazetteer
from conflictmap.geoparser.memo import remember
from conflictmap.geoparser.recogniser import Mention

_PLACE, _REGION, _DISTRICT, _COUNTRY, _CONTINENT = (FEATURES.index(f) for f in (PLACE, REGION, DISTRICT, COUNTRY,
                                                                                 CONTINENT))
EARTH_KM = 6371.0


@dataclass(frozen=True)
class Weights:
    """The resolver's numbers (tuned on the LGL development set; see ``benchmarks/geoparse.py``)."""

    # priors: how likely a place is meant before context
    population_scale: float = 0.8  # × log10(population + 10) for places and regions: big places win ties
    country: float = 6.0  # a country over any place of its name ("Georgia" the country, unless context says)
    us_state: float = 6.5  # a US state over same-named towns (and over the country "Georgia" in US news)
    continent: float = 5.0
    county: float = 4.5  # a US county: below its namesake state, above most towns
    region_floor: float = 3.0  # a first-level region at least this, however few people its places count
    capital: float = 2.0  # a national capital ("Washington", "Moscow said") over same-named places and regions
    own_name: float = 0.6  # a place called by its own name rather than an alternate name
    demonym: float = 7.0  # "Lebanese" is Lebanon: above any place of that spelling
    # the name's own cues
    region_cue: float = 4.0  # "Idlib province", "Washington state": the region over its namesake city
    level_cue: float = 2.0  # ... and a province over a district of that name ("Yala province"), and the other way
    point_cue: float = 1.0  # "near Beni", "the town of Beni": a town over a region or district of its name
    region_like_big_place: float = -2.5  # a region named like a place of BIG_PLACE or more: the place, uncued
    big_place: int = 10_000  # people in a place that makes a same-named region its province rather than a rival
    container: float = 6.0  # "Springfield, Illinois": the place inside the container written after it
    # the article's context
    country_focus: float = 4.0  # × share of the article's other names in the candidate's country
    region_focus: float = 2.5  # × share of the article's other names in the candidate's first-level region
    ambiguous_vote: float = 0.35  # how much an ambiguous name's choice counts in the focus (an unambiguous: 1)
    nearby: float = 2.0  # × exp(-km / nearby_km) to the nearest unambiguous place
    nearby_km: float = 250.0  # and the scale of pairing's closeness
    pairing: float = 1.5  # × closeness to the possible places of the article's other ambiguous names
    # bounds on the work
    max_weighed: int = 12  # candidates whose context is weighed (by prior)
    spread: int = 8  # an ambiguous name's most populous places that pull other names towards them
    max_points: int = 500  # unambiguous places that pull
    max_groups: int = 40  # ambiguous names that pull


class Candidates(NamedTuple):
    """The places a name may mean, best prior first, with what resolution reads about each.
    (A named tuple: remembered by the thousand, and nothing in it for the garbage collector to walk.)"""

    ids: tuple[int, ...]
    prior: tuple[float, ...]
    population: tuple[int, ...]
    local: tuple[bool, ...]  # a place or district: distance terms and region focus apply
    country: tuple[str, ...]
    region: tuple[tuple[str, str], ...]  # (country, first-level region)
    count: int  # all the places the name may mean (ids keeps the leaders)
    spread: tuple[int, ...]  # an ambiguous name's most populous possible places


def best(scores: list[float], population: tuple[int, ...]) -> int:
    """The highest score; the most populous place among equals; the first among those."""
    top = max(scores)
    if scores.count(top) == 1:
        return scores.index(top)
    return max((n for n, s in enumerate(scores) if s == top), key=lambda n: population[n])


def km_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle km between every unit vector of ``a`` (rows) and of ``b`` (columns)."""
    d = a @ b.T  # cosines of the angles; then, in place (small arrays: numpy's calls cost more than its sums):
    np.minimum(d, 1.0, out=d)  # (rounding can step past ±1)
    np.maximum(d, -1.0, out=d)
    np.arccos(d, out=d)
    d *= EARTH_KM
    return d


class Resolver:
    """Places recognised names with one gazetteer. Stateless between calls but for its memo; safe to share."""

    def __init__(self, gazetteer: Gazetteer, weights: Weights = Weights()):
        self.gaz = gazetteer
        self.w = weights
        self.gaz.unit_vectors  # noqa: B018 - computed now, as part of loading, not in the first article
        self._base = self._base_priors()
        self._candidates_memo: dict[tuple, Candidates] = {}

    def population_prior(self, population: int) -> float:
        """The prior a place of ``population`` people has from its population."""
        return math.log10(population + 10) * self.w.population_scale

    def _base_priors(self) -> tuple[float, ...]:
        """Every place's prior before its name and context (see :class:`Weights`), worked out for all at once."""
        gaz, w = self.gaz, self.w
        base = np.log10(np.frombuffer(gaz.columns.population, dtype=np.int64) + 10.0) * w.population_scale
        features = np.frombuffer(gaz.columns.feature, dtype=np.uint8)
        base[features == _COUNTRY] = w.country
        base[features == _CONTINENT] = w.continent
        base[features == _DISTRICT] = w.county
        regions = np.flatnonzero(features == _REGION)
        base[regions] = np.maximum(base[regions], w.region_floor)
        base[[i for i in regions.tolist() if gaz.country_code(i) == "US"]] = w.us_state
        base[sorted(gaz.capitals)] += w.capital
        return tuple(base.tolist())  # a tuple of floats: nothing for the garbage collector to walk

    def prior(self, entry: int) -> float:
        """A place's prior (see :meth:`_base_priors`), ``own_name`` more when called by its own name."""
        return self._base[entry >> 1] + (0.0 if entry & 1 else self.w.own_name)

    # ------------------------------------------------------------------------------------ candidates

    def candidates(self, m: Mention) -> Candidates:
        """The places a name may mean with their context-free scores, best first, and what the context terms
        read about them (remembered: they depend only on the name and its cue)."""
        memo_key = (m.entries, m.demonym, m.region_cue, m.point_cue)
        found = self._candidates_memo.get(memo_key)
        if found is None:
            found = self._one_candidate(m) if len(m.entries) + (m.demonym is not None) == 1 else self._ranked(m)
            remember(self._candidates_memo, memo_key, found)
        return found

    def _one_candidate(self, m: Mention) -> Candidates:
        """A name of one place (most names): nothing to weigh."""
        cols = self.gaz.columns
        if m.entries:
            i = m.entries[0] >> 1
            score = self.prior(m.entries[0]) + (self.w.region_cue if m.region_cue and
                                                cols.feature[i] in (_REGION, _DISTRICT) else 0.0)
        else:
            i, score = m.demonym, self.w.demonym
        return Candidates(ids=(i,), prior=(score,), population=(cols.population[i],),
                          local=(cols.feature[i] in (_PLACE, _DISTRICT),), country=(cols.country_code[i],),
                          region=((cols.country_code[i], cols.admin1[i]),), count=1, spread=())

    def _ranked(self, m: Mention) -> Candidates:
        """An ambiguous name: every place scored by prior and the name's cues; the best ``max_weighed`` kept."""
        cols, w = self.gaz.columns, self.w
        scan = _Scan(self, m)
        scores = scan.scores
        if m.demonym is not None:
            scores[m.demonym] = max(scores.get(m.demonym, 0.0), w.demonym)
        for i in scan.districts:
            if m.region_cue:  # "Soum province", "Chagai district"
                scores[i] += w.region_cue + (w.level_cue if m.region_cue == "district" else 0.0)
            elif m.point_cue:
                scores[i] -= w.point_cue
        for i in scan.regions:  # a region named like its capital ("Hama") is the city unless the text says so
            if m.region_cue:  # "Washington state", "Idlib province"
                scores[i] += w.region_cue + (w.level_cue if m.region_cue == "region" else 0.0)
            elif m.point_cue:  # "near Beni": the town, not the department El Beni
                scores[i] -= w.point_cue
            elif cols.country_code[i] != "US" and cols.country_code[i] in scan.big_place_countries:
                scores[i] += w.region_like_big_place
        country = next((e >> 1 for e in m.entries if not e & 1 and cols.feature[e >> 1] == _COUNTRY), None)
        if country is not None and country in scores:  # "Mexico" by its own name is the country, not Mexico City
            own = {e >> 1 for e in m.entries if not e & 1}  # (which only an alternate name calls "Mexico")
            for i in scores:
                if cols.feature[i] == _PLACE and i not in own:
                    scores[i] = min(scores[i], scores[country] - w.own_name)
        if m.region_cue and (scan.regions or scan.districts):  # "Aleppo province" is no city, whatever is near;
            areas = {cols.country_code[i] for i in scan.regions + scan.districts}  # (but "Charlotte region" is no
            scores = {i: v for i, v in scores.items()  # Canadian district: the name's areas elsewhere leave it)
                      if cols.feature[i] != _PLACE or cols.country_code[i] not in areas}
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:w.max_weighed]
        ids = tuple(i for i, _ in ranked)
        count = len({e >> 1 for e in m.entries} | ({m.demonym} if m.demonym is not None else set()))
        spread = tuple(sorted(scan.local, key=lambda j: (-cols.population[j], j))[:w.spread]) if count > 1 else ()
        return Candidates(
            ids=ids, prior=tuple(s for _, s in ranked), population=tuple(cols.population[i] for i in ids),
            local=tuple(cols.feature[i] in (_PLACE, _DISTRICT) for i in ids),
            country=tuple(cols.country_code[i] for i in ids),
            region=tuple((cols.country_code[i], cols.admin1[i]) for i in ids), count=count, spread=spread)


    # ------------------------------------------------------------------------------------ resolving

    def resolve(self, mentions: list[Mention], context: Mapping[str, float] | None = None
                ) -> list[tuple[Mention, int, int]]:
        """(mention, place number, how many places the name may mean) per mention.

        Pass 1 places each name by itself (prior, written container); up to two more passes add the article's
        context — its countries and regions, counting each distinct name once and leaving the name being placed
        out of its own context (so ten mentions of "Paris" do not vote for Paris, France) — and distance to the
        article's unambiguous places and to the possible places of its other ambiguous names (which do not
        depend on the choices, so they are computed once, for all names together)."""
        if not mentions:
            return []
        article = _Article(self, mentions)
        context = dict(context or {})
        choice = [cs.ids[0] if len(cs.ids) == 1 else cs.ids[best(scores, cs.population)]
                  for cs, scores in zip(article.cands, article.static)]
        weighed = [d for d, cs in enumerate(article.cands) if len(cs.ids) > 1]
        if weighed:
            geo = self._geometry(article, weighed)
            for _ in range(2):
                new = self._with_focus(article, choice, weighed, geo, context)
                if new == choice:  # the same choices cast the same votes: another pass would change nothing
                    break
                choice = new
        return [(m, choice[d], article.cands[d].count) for m, d in zip(mentions, article.of_mention)]

    def _with_focus(self, article: "_Article", choice: list[int], weighed: list[int],
                    geo: dict[int, list[float]], context: dict[str, float]) -> list[int]:
        """The choices again, each name scored with the others' country and region focus (and ``context``'s
        countries: votes the text casts otherwise) and the distances."""
        countries, regions, own = self._votes(article, choice)
        for cc, votes in context.items():
            countries[cc] = countries.get(cc, 0.0) + votes
        total, total_regions = sum(countries.values()), sum(regions.values())
        country_focus, region_focus = self.w.country_focus, self.w.region_focus
        new = list(choice)
        for d in weighed:
            cs = article.cands[d]
            own_cc, own_region, vote = own.get(article.name_of[d], ("", None, 0.0))  # its own vote left out
            other = total - vote
            other_regions = total_regions - (vote if own_region else 0.0)
            scores = []
            for s, g, cc, r, loc in zip(article.static[d], geo[d], cs.country, cs.region, cs.local):
                value = s + g
                if other > 0:
                    value += country_focus * (countries.get(cc, 0.0) - (vote if cc == own_cc else 0.0)) / other
                if loc and other_regions > 0:
                    value += region_focus * (regions.get(r, 0.0) - (vote if r == own_region else 0.0)) / other_regions
                scores.append(value)
            new[d] = cs.ids[best(scores, cs.population)]
        return new

    def _votes(self, article: "_Article", choice: list[int]):
        """An article's countries and first-level regions as its names place them, one vote per distinct name (an
        ambiguous name's vote counting ``ambiguous_vote``); and each name's own vote (country, region, weight)."""
        cols = self.gaz.columns
        countries: dict[str, float] = {}
        regions: dict[tuple[str, str], float] = {}
        own: dict[int, tuple[str, tuple[str, str] | None, float]] = {}
        for n, d in article.voter.items():
            i = choice[d]
            cc = cols.country_code[i]
            if not cc:
                continue
            weight = 1.0 if article.cands[d].count == 1 else self.w.ambiguous_vote
            region = (cc, cols.admin1[i]) if cols.feature[i] in (_PLACE, _REGION, _DISTRICT) else None
            countries[cc] = countries.get(cc, 0.0) + weight
            if region:
                regions[region] = regions.get(region, 0.0) + weight
            own[n] = (cc, region, weight)
        return countries, regions, own

    def _geometry(self, article: "_Article", weighed: list[int]) -> dict[int, list[float]]:
        """For each weighed decision, per candidate: ``nearby`` × exp(-km / ``nearby_km``) to the nearest
        unambiguous place of the article, plus ``pairing`` × the mean over the article's other ambiguous names of
        exp(-km / ``nearby_km``) to the nearest of their possible places ("Huntsville" and "Walker County" pull
        each other to Texas); zero for countries and regions."""
        w, cands = self.w, article.cands
        points, groups = article.pulls(w)
        out = {d: [0.0] * len(cands[d].ids) for d in weighed}
        if not points and not groups:
            return out
        rows = [i for d in weighed for i in cands[d].ids]
        xyz = self.gaz.unit_vectors[rows + points + [i for _, spread in groups for i in spread]]
        close = km_between(xyz[:len(rows)], xyz[len(rows):])
        close /= -w.nearby_km
        np.exp(close, out=close)  # exp(-km / nearby_km): the nearest is the closest to 1
        total = close[:, :len(points)].max(axis=1) * w.nearby if points else np.zeros(len(rows))
        if groups:
            total += self._pairing(close, len(points), groups, article, weighed, len(rows))
        values = total.tolist()
        row = 0
        for d in weighed:
            local = cands[d].local
            out[d] = [v if loc else 0.0 for v, loc in zip(values[row:row + len(local)], local)]
            row += len(local)
        return out

    def _pairing(self, close: np.ndarray, n_points: int, groups, article: "_Article", weighed: list[int],
                 n_rows: int) -> np.ndarray:
        """``pairing`` × each row's mean closeness to the other ambiguous names (its own name left out)."""
        starts = list(accumulate([n_points] + [len(spread) for _, spread in groups[:-1]]))
        nearest = np.maximum.reduceat(close, starts, axis=1)  # rows × groups
        pairing = nearest.sum(axis=1)
        group_of = {n: g for g, (n, _) in enumerate(groups)}
        own = np.array([group_of.get(article.name_of[d], -1) for d in weighed for _ in article.cands[d].ids])
        has_own = own >= 0
        pairing -= np.where(has_own, nearest[np.arange(n_rows), own], 0.0)
        others = len(groups) - has_own
        pairing /= np.maximum(others, 1)
        pairing[others == 0] = 0.0
        pairing *= self.w.pairing
        return pairing

    def _contained(self, i: int, container: Mention | None) -> bool:
        """Is place i inside the place written after it ("Springfield, Illinois")?"""
        if container is None:
            return False
        cols = self.gaz.columns
        for e in container.entries:
            c = e >> 1
            if cols.country_code[c] != cols.country_code[i]:
                continue
            if cols.feature[c] == _COUNTRY or (cols.feature[c] == _REGION and cols.admin1[c] == cols.admin1[i] and
                                               cols.feature[i] != _REGION):
                return True
        return container.demonym is not None and cols.country_code[container.demonym] == cols.country_code[i]

    def _contains(self, c: int, inner: list[Mention]) -> bool:
        """Is region c the one a place written before it lies in ("Celaya, Guanajuato": the state, not its capital),
        or country c ("Colon, Panama": the country, not its capital)?"""
        cols = self.gaz.columns
        if cols.feature[c] == _COUNTRY:
            return any(cols.country_code[e >> 1] == cols.country_code[c] and cols.feature[e >> 1] == _PLACE
                       for m in inner for e in m.entries)
        if cols.feature[c] != _REGION:
            return False
        return any(cols.country_code[e >> 1] == cols.country_code[c] and cols.admin1[e >> 1] == cols.admin1[c] and
                   cols.feature[e >> 1] != _REGION for m in inner for e in m.entries)


class _Article:
    """One article's names: the distinct decisions (a name with its cue and container: repeats cost nothing),
    their candidates and context-free scores, and which decision casts each distinct name's one vote."""

    def __init__(self, resolver: Resolver, mentions: list[Mention]):
        decisions: dict[tuple, int] = {}
        reps: list[Mention] = []
        self.of_mention: list[int] = []
        for m in mentions:
            c = m.container
            key = (m.entries, m.demonym, m.region_cue, (c.entries, c.demonym) if c else None)
            d = decisions.get(key)
            if d is None:
                d = decisions[key] = len(reps)
                reps.append(m)
            self.of_mention.append(d)
        self.cands = [resolver.candidates(m) for m in reps]
        names: dict[tuple, int] = {}  # a name's first decision casts its one vote
        self.name_of = [names.setdefault((m.entries, m.demonym), len(names)) for m in reps]
        self.voter = {n: d for d, n in reversed(list(enumerate(self.name_of)))}
        inside: dict[int, list[Mention]] = {}  # a decision → the names written just before it, as in its region
        index = {id(m): n for n, m in enumerate(mentions)}
        for m in mentions:
            if m.container is not None and id(m.container) in index:
                inside.setdefault(self.of_mention[index[id(m.container)]], []).append(m)
        self.static = []
        for d, (m, cs) in enumerate(zip(reps, self.cands)):
            scores = list(cs.prior)
            for n, i in enumerate(cs.ids):
                if m.container is not None and resolver._contained(i, m.container):
                    scores[n] += resolver.w.container
                elif d in inside and resolver._contains(i, inside[d]):  # written as a container: the region, as
                    scores[n] += resolver.w.container + resolver.w.region_cue  # "Idlib province" would say
            self.static.append(scores)

    def pulls(self, w: Weights) -> tuple[list[int], list[tuple[int, tuple[int, ...]]]]:
        """The article's unambiguous local places, and its ambiguous names with their most populous places."""
        points: list[int] = []
        groups: list[tuple[int, tuple[int, ...]]] = []
        for n, d in sorted(self.voter.items()):
            cs = self.cands[d]
            if len(cs.ids) == 1:
                if cs.local[0] and cs.country[0] and len(points) < w.max_points:
                    points.append(cs.ids[0])
            elif cs.spread and len(groups) < w.max_groups:
                groups.append((n, cs.spread))
        return points, groups

class _Scan:
    """One pass over an ambiguous name's entries: each place's prior (``scores``), its regions, its most populous
    places and its counties (``local``: where the name may be on a map), and the countries where it names a place
    of ``big_place`` people or more.

    A key's entries list its countries, regions and counties first, then its places by falling population (see
    :class:`~.index.IndexData`): once ``max_weighed`` places score more than any later place could, later places
    only count for ``big_place_countries``, and once they are small too, the scan stops."""

    __slots__ = ("scores", "regions", "districts", "local", "big_place_countries")

    def __init__(self, resolver: Resolver, m: Mention):
        cols, w = resolver.gaz.columns, resolver.w
        most = w.capital + w.own_name  # the most a later place's prior can add to its population's
        self.scores: dict[int, float] = {}
        self.regions: list[int] = []
        self.districts: list[int] = []
        self.local: list[int] = []
        self.big_place_countries: set[str] = set()
        leaders: list[float] = []  # a min-heap of the best max_weighed places' scores so far
        full = False
        places = 0
        for e in m.entries:
            i = e >> 1
            score = resolver.prior(e)
            if i in self.scores:  # named twice (own and alternate name): the better
                self.scores[i] = max(self.scores[i], score)
                continue
            feature = cols.feature[i]
            if feature == _PLACE:
                population = cols.population[i]
                if population >= w.big_place:
                    self.big_place_countries.add(cols.country_code[i])
                if places < w.spread:
                    self.local.append(i)
                    places += 1
                full = full or (len(leaders) == w.max_weighed and
                                leaders[0] > resolver.population_prior(population) + most + 1e-9)
                if full:
                    if population < w.big_place and places == w.spread:
                        break
                    continue
                if len(leaders) < w.max_weighed:
                    heapq.heappush(leaders, score)
                else:
                    heapq.heappushpop(leaders, score)
            elif feature == _REGION:
                self.regions.append(i)
            elif feature == _DISTRICT:
                self.local.append(i)
                self.districts.append(i)
            self.scores[i] = score
