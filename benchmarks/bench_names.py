"""Person names in free text: names left and look-alikes altered, tuned set beside frozen set.

    python benchmarks/bench_names.py                  # 2,000 remarks per set
    python benchmarks/bench_names.py --remarks 5000 -v --variants

Two sets of remarks:

* **tuned**: the 备注 cells of the project's own accuracy generator
  (benchmarks/bench_deid_accuracy.py) and of the test listing (tests/deid_fixtures.py), which
  the detectors were developed against. Names there follow cue words; look-alikes are numbers
  (codes, dates, 文号) and the generic phrases (因病致贫, 单亲家庭);
* **tuned-2**: benchmarks/frozen/remarks.py, the first "frozen" edition: the detector's rules
  quote its pools (shops, roads, given names), so it counts as tuned material now;
* **tuned-3**: benchmarks/tuned/name_classes.py, one family per failure class (old and rural
  given names, rare given-name characters, rare/compound/word surnames, firms and shops and
  places built on a surname, everyday words, English exports, public officials), written for
  the second round of work on the detector;
* **tuned-4**: benchmarks/frozen/remarks_v2.py, the second "frozen" edition: measured often
  enough during the second round that its misses were read for the third round (given names
  that are words, what only a person does, relatives, lists); tuned material since 2026-12-05;
* **tuned-5**: benchmarks/tuned/domains.py, remarks of medical aid, student aid, housing,
  petitions, care visits, village lists, penalties and English exports with their own
  look-alikes (English shop and place names in pinyin, remembered public figures), written by a
  separate author for the third round;
* **tuned-6**: benchmarks/frozen/remarks_v3.py, the third edition, written blind and frozen for
  the first half of the third round; its misses were read in the second half, so it is tuned
  material now;
* **tuned-7**: benchmarks/frozen/remarks_v4.py, the fourth edition (cells as offices export
  them: jobs, veterans, funerals, temporary aid, disability allowances, market supervision,
  mediation, rural assistance, village lists, property and 12345, English, gazette officials,
  look-alikes), frozen through the third round (measured four times, counts only); its misses
  were read in the fourth round, so it is tuned material now;
* **tuned-8**: benchmarks/frozen/remarks_v5.py, the fifth edition (低保 listings' remarks, long
  行政处罚 facts, petitions and 12345/12315, medical and education aid, community correction and
  mediation and civil registration, a vendor's English export, gazette officials, look-alikes),
  frozen through the fourth round (measured six times, counts only); its misses were read in the
  fifth round, so it is tuned material now;
* **tuned-9**: benchmarks/frozen/remarks_v6.py, the sixth edition (公租房 and 征收 lists, farm
  subsidies, wage arrears and work injuries, food sampling and market inspection, veterans' and
  old-age and disability allowances, land and house registration with old deeds in traditional
  characters, foreign and Hong Kong/Taiwan residents, standard place names, river chiefs'
  public notices), frozen through the fifth round (measured six times, counts only); its misses
  were read in the sixth, so it is tuned material now;
* **tuned-10**: benchmarks/frozen/remarks_v8.py, the eighth edition (tax and social-insurance
  arrears, city enforcement, environmental complaints, utility arrears, elder care, family
  planning awards, conscription, fisheries and forestry, notaries and legal aid, public notices,
  a look-alike ledger), frozen through the sixth round (measured four times, counts only); its
  misses were read in the seventh, so it is tuned material now;
* **tuned-11**: benchmarks/frozen/remarks_v9.py, the ninth edition (低保 listings in three office
  styles, special and temporary relief, 行政处罚 facts and case registers, an English export,
  12345 and petition notes, community grid logs, a frontier county's listing with minority names,
  gazette notices with officials and private persons, look-alikes), frozen through the first half
  of the seventh round (measured six times, counts only); its misses were read in the second half;
* **tuned-12**: benchmarks/frozen/remarks_v10.py, the tenth edition (cells of 低保 listings' and
  行政处罚 spreadsheets' free-text columns: members, notes, changes, home visits, relief approvals,
  the party, the facts, the outcome, an English export, messy joined cells, a public notice,
  look-alikes), written blind on 2026-12-05, frozen through the seventh round (measured five
  times, counts only); its misses were read in the eighth, so it is tuned material now;
* **tuned-13**: benchmarks/frozen/remarks_v11.py, the eleventh edition (低保 clerks' notes,
  household columns in a dozen layouts, change logs, home visits, relief approvals; 行政处罚 party,
  facts, decisions and case sources; an English export; a public notice; look-alikes), written
  blind on 2026-12-05, measured at the start and the end of the seventh round and once in the
  eighth (counts only); its misses were read in the eighth, so it is tuned material now;
* **tuned-14**: benchmarks/frozen/remarks_v12.py, the twelfth edition (低保, 特困 and relief rolls,
  disability and old-age allowances, medical aid, 行政处罚 sheets, failed food samples, 12345 and
  petition tickets, housing notices, an English export, a region's minority names, a public notice,
  look-alikes), written blind on 2026-12-05, frozen through the eighth round (measured at its
  start, middle and end, counts only); its misses were read in the ninth, so it is tuned material;
* **tuned-15**: benchmarks/frozen/remarks_v13.py, the thirteenth edition (veterans' care,
  disability and rehabilitation, funeral subsidies, student aid, employment aid, traffic and city
  violations, market complaints, homestead and property notes, legal aid, an English export, a
  minority listing, a public notice, look-alikes), written blind at the end of the eighth round,
  frozen through the ninth (measured at its start, middle and end, counts only); its misses were
  read in the tenth, so it is tuned material;
* **tuned-16**: benchmarks/frozen/remarks_v14.py, the fourteenth edition (medical aid, housing
  repair, family planning awards, temporary relief, 12345 tickets, wage arrears, provident fund,
  work-safety penalties, medical mediation, public-welfare jobs, eco compensation, disability
  subsidies, an English export, a minority listing, a public notice, look-alikes), written blind
  during the ninth round, frozen through the tenth (measured at its start, middle and end, counts
  only); its misses were read in the eleventh, so it is tuned material;
* **tuned-17**: benchmarks/frozen/remarks_v15.py, the fifteenth edition (old-age allowances,
  student aid, farm subsidies, collective dividends, child care, legal aid, rental registration,
  market complaints, good Samaritans, funerals, land-loss insurance, volunteers, an English
  export, a minority listing, a public notice, look-alikes), written blind during the tenth round,
  frozen through the tenth and eleventh (counts only); its misses were read in the twelfth, so it
  is tuned material;
* **tuned-18**: benchmarks/frozen/remarks_v16.py, the sixteenth edition (public housing
  allocation, start-up loans and traineeships, skills-training rosters, poverty-return
  monitoring, health-insurance aid, registry service notes, property registration corrections,
  talent subsidies, village accounts, school admissions, environmental and food penalties,
  hospital complaints, pensioners' certification, an English export, a minority listing, a public
  notice, look-alikes), written blind during the eleventh round, frozen through the eleventh and
  twelfth (counts only); its misses were read in the thirteenth, so it is tuned material;
* **tuned-19**: benchmarks/frozen/remarks_v17.py, the seventeenth edition (work-injury cases,
  unemployment and maternity claims, veterans' care, forest rangers, farm-machinery subsidies,
  petitions, people's mediation, heating tickets, exit-entry and notary windows, chronic-disease
  outpatients, village doctors and substitute teachers, census visits, fishery subsidies, an
  English export, a minority listing, a public notice, look-alikes), written blind at the start of
  the twelfth round, frozen through the twelfth and thirteenth (counts only); its misses were read
  in the fourteenth, so it is tuned material;
* **tuned-20**: benchmarks/frozen/remarks_v18.py, the eighteenth edition (reservoir resettlement
  support, solar-income shares and rural toilets, e-bike plates and trade-ins, dog registration
  and bites, flood evacuation, household gas checks, labour arbitration, tourism complaints,
  library and culture-centre notes, ride-hailing and taxi complaints, lift entrapments, an English
  export, a minority listing, a public notice, look-alikes), written blind at the start of the
  thirteenth round, frozen through the thirteenth and fourteenth (counts only); its misses were
  read in the fifteenth, so it is tuned material;
* **tuned-21**: benchmarks/frozen/remarks_v19.py, the nineteenth edition (air-defence drills,
  refunds of training and prepaid cards, cross-region farm machinery, seafarers' certificates,
  blood donors' refunds, property management and owners' committees, waste-sorting patrols, river
  patrols, highway rescue, exam incidents, grave relocation, heritage and place-name informants, an
  English export, a minority listing, a public notice, look-alikes), written blind at the start of
  the fourteenth round, frozen through the fourteenth and fifteenth (counts only); its misses were
  read in the sixteenth, so it is tuned material;
* **tuned-22**: benchmarks/frozen/remarks_v20.py, the twentieth edition (childcare subsidies,
  unattended children, rescue stations, help for released prisoners, crop insurance claims, animal
  epidemic culls, pesticide purchase ledgers, elders' canteens, rural water, homestay licences,
  courier complaints, forest rights, an English export, a minority listing, a public notice,
  look-alikes), written blind at the start of the fifteenth round, frozen through the fifteenth and
  sixteenth (counts only); its misses were read in the seventeenth, so it is tuned material;
* **tuned-23**: benchmarks/frozen/remarks_v21.py, the twenty-first edition (disability allowances,
  conscription, medical filings, homesteads, wildlife damage, street vendors, school buses, family
  planning rewards, noise hotline tickets, group rentals, residence permits, drowning watch, an
  English export, a minority listing, a public notice, look-alikes), written blind at the start of
  the sixteenth round, frozen through the sixteenth and seventeenth (counts only); its misses were
  read in the eighteenth, so it is tuned material;
* **tuned-24**: benchmarks/frozen/remarks_v22.py, the twenty-second edition (driving schools, sports
  and fitness, lost property, abandoned vehicles, shared bikes, adoption, exit and entry papers,
  forest fire checkpoints, charity donations, archives access, pre-sale housing, scrap recycling,
  an English export, a minority listing, a public notice, look-alikes), written blind at the start
  of the seventeenth round, frozen through the seventeenth and eighteenth (counts only); its misses
  were read in the nineteenth, so it is tuned material;
* **tuned-25**: benchmarks/frozen/remarks_v23.py, the twenty-third edition (mental-health follow-up,
  community correction, hotel registers, real-name pharmacy sales, poverty watch, banquet filings,
  firework sales, ferry passengers, militia rosters, voter registers, co-operative members, tobacco
  licences, an English export, a minority listing, a public notice, look-alikes), written blind at
  the start of the eighteenth round, frozen through the eighteenth and nineteenth (counts only); its
  misses were read in the twentieth, so it is tuned material;
* **tuned-26**: benchmarks/frozen/remarks_v24.py, the twenty-fourth edition (anti-fraud call-backs,
  internet cafes, pawn ledgers, lottery outlets, toilet renovation, weather informants, school meals,
  land transfer, parking-space lotteries, house numbering, senior colleges, blind massage centres, an
  English export, a minority listing, a public notice, look-alikes), written blind at the start of
  the nineteenth round, frozen through the nineteenth and twentieth (counts only); its misses were
  read in the twenty-first, so it is tuned material;
* **tuned-27**: benchmarks/frozen/remarks_v25.py, the twenty-fifth edition (organ donation, ancient
  trees' custodians, rural cinema projectionists, tutoring checks, village parcel stations, seed
  dealers, entertainment venue staff, phone recycling, salons, swimming pools, locksmiths' registers,
  gold buying, an English export, a minority listing, a public notice, look-alikes), written blind at
  the start of the twentieth round, frozen through the twentieth and twenty-first (counts only); its
  misses were read in the twenty-second, so it is tuned material;
* **tuned-28**: benchmarks/frozen/remarks_v26.py, the twenty-sixth edition (beekeeping, tea gardens,
  grain purchase, fishing ponds, bus cards, used cars, snow clearing, eye screening, wild mushrooms,
  seal carving, bathhouses, livestock markets, an English export, a minority listing, a public notice,
  look-alikes), written blind at the start of the twenty-first round, frozen through the twenty-first
  and twenty-second (counts only); its misses were read in the twenty-third, so it is tuned material;
* **tuned-29**: benchmarks/frozen/remarks_v27.py, the twenty-seventh edition (drone registration,
  silkworm farming, cotton purchase, rural broadcasting, tower siting, print shops, clan genealogies,
  opera troupes, microcredit, sand mining, helmet patrols, assistive devices, an English export, a
  minority listing, a public notice, look-alikes), written blind at the start of the twenty-second
  round, frozen through the twenty-second and twenty-third (counts only); its misses were read in the
  twenty-fourth, so it is tuned material;
* **tuned-30**: benchmarks/frozen/remarks_v28.py, the twenty-eighth edition (well drilling, photo
  studios, dry cleaning, chess rooms, a martial arts school, hospital escorts, homecoming coaches,
  outdoor rescue, arts grading, road maintenance, a rabies clinic, car repair, an English export, a
  minority listing, a public notice, look-alikes), written blind at the start of the twenty-third
  round, frozen through the twenty-third and twenty-fourth (counts only); its misses were read in the
  twenty-fifth, so it is tuned material;
* **tuned-31**: benchmarks/frozen/remarks_v29.py, the twenty-ninth edition (cold storage, handicraft
  co-operatives, rural e-commerce, septic cleaning, cable television, taxi drivers, tree planting,
  herb growing, a slaughterhouse, village vets, scale verification, marathon registration, an
  English export, a minority listing, a public notice, look-alikes), written blind at the start of
  the twenty-fourth round, frozen through the twenty-fourth and twenty-fifth (counts only); its
  misses were read in the twenty-sixth, so it is tuned material;
* **tuned-32**: benchmarks/frozen/remarks_v30.py, the thirtieth edition (greenhouse vegetables,
  matchmaking, a moving company, security guards, housekeeping, orchard fruit, brick kilns,
  grassland grazing, freight trucks, housing agents, home decoration, boiler operators, an English
  export, a minority listing, a public notice, look-alikes), written blind at the start of the
  twenty-fifth round, frozen through the twenty-fifth and twenty-sixth (counts only); its misses
  were read in the twenty-seventh, so it is tuned material;
* **tuned-33**: benchmarks/frozen/remarks_v31.py, the thirty-first edition (quarry blasting, car
  rental, poultry farms, timber processing, a garment factory, fuel stations, dental clinics,
  logistics warehouses, a flower nursery, hydropower stations, kitchen waste, pet hospitals, an
  English export, a minority listing, a public notice, look-alikes), written blind at the start of
  the twenty-sixth round, frozen through the twenty-sixth and twenty-seventh (counts only); its
  misses were read in the twenty-eighth, so it is tuned material;
* **tuned-34**: benchmarks/frozen/remarks_v32.py, the thirty-second edition (sand dredging, laundry
  shops, optical shops, printing shops, concrete plants, auto repair, bakery workshops, silkworm
  rearing, photo studios, chess rooms, road maintenance, bamboo products, an English export, a
  minority listing, a public notice, look-alikes), written blind at the start of the
  twenty-seventh round, frozen through the twenty-seventh and twenty-eighth (counts only); its
  misses were read in the twenty-ninth, so it is tuned material;
* **frozen**: benchmarks/frozen/remarks_v33.py, the thirty-third edition (well drilling, rice mills,
  appliance repair, cattle fattening, tailor shops, oil mills, tofu workshops, pig farms, rural
  builders, irrigation stations, car washes, cotton gins, an English export, a minority listing, a
  public notice, look-alikes), written blind at the start of the twenty-eighth round by an author
  who read neither the detector nor any earlier edition (its datasheet lists what else it saw),
  measured at the start and end of that round and in the twenty-ninth (counts only), never tuned on;
* **frozen-34**: benchmarks/frozen/remarks_v34.py, the thirty-fourth edition, written blind at the
  start of the twenty-ninth round by an author who read neither the detector nor any earlier
  edition (its datasheet lists its domains and what else it saw), never tuned on;
* **frozen-7**: benchmarks/frozen/remarks_v7.py, the seventh edition (traffic violations and
  accidents, court notices of service and defaulters' lists, vaccination and birth and death
  certificates, school status and student aid, pensions and employment aid, dilapidated housing
  and relocation, village affairs and dividends, fire and work-safety checks, public honours
  lists, shop signs), written on 2026-12-05 by another author who read neither the detector nor
  any earlier edition, measured at the end of the fifth, sixth and seventh rounds, and never tuned
  on. The frozen sets count.

Each remark goes through the text de-identification of a free-text cell (the detectors'
``redact_text``, then the name detector), as :func:`gongkai.deid.deidentify_frame` does for a
``free_text`` field. A planted name is *left* when it still occurs in the output; a look-alike
is *altered* when it no longer does. The gate columns say how many remarks holding a name the
release gate would flag, and how many name-free remarks it would flag wrongly.

``--document-text`` counts the budget and gazette text lines in which a name is found;
``--gazette-prose`` the gazette generator's lines in which one is found where only officials'
names are public;
``--lexicon`` counts the dictionary's everyday words and places altered in neutral sentences;
``--jieba-lexicon`` all its words that begin with a surname (every frequency and tag), by tag,
by frequency band and weighted by frequency, and names equal to such words left
(benchmarks/tuned/jieba_lexicon.py).
"partly" counts the names no longer whole but with a part still beside the placeholder that
took the rest (回访时〔姓名〕振): found by "left"'s count, yet leaking.
``--families`` prints the figures per family of each set (counts only: the frozen set's
sentences are never shown, so that no rule is tuned on them; ``-v`` shows the tuned sets'
misses only).

``--variants`` also measures the alternatives the detector was chosen from: jieba's tagger alone
(tokens tagged ``nr`` with a surname from the inventory) and the rules without the tagger.
Targets (issue 14): 0 names left on the frozen set, <= 1% of look-alikes altered.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from frozen.remarks import make_remarks  # noqa: E402
from frozen.remarks_v2 import make_remarks as make_second_edition_remarks  # noqa: E402
from frozen.remarks_v3 import make_remarks as make_third_edition_remarks  # noqa: E402
from frozen.remarks_v4 import make_remarks as make_fourth_edition_remarks  # noqa: E402
from frozen.remarks_v5 import make_remarks as make_fifth_edition_remarks  # noqa: E402
from frozen.remarks_v6 import make_remarks as make_sixth_edition_remarks  # noqa: E402
from frozen.remarks_v8 import make_remarks as make_eighth_edition_remarks  # noqa: E402
from frozen.remarks_v9 import make_remarks as make_ninth_edition_remarks  # noqa: E402
from frozen.remarks_v10 import make_remarks as make_tenth_edition_remarks  # noqa: E402
from frozen.remarks_v11 import make_remarks as make_eleventh_edition_remarks  # noqa: E402
from frozen.remarks_v12 import make_remarks as make_twelfth_edition_remarks  # noqa: E402
from frozen.remarks_v13 import make_remarks as make_thirteenth_edition_remarks  # noqa: E402
from frozen.remarks_v14 import make_remarks as make_fourteenth_edition_remarks  # noqa: E402
from frozen.remarks_v15 import make_remarks as make_fifteenth_edition_remarks  # noqa: E402
from frozen.remarks_v16 import make_remarks as make_sixteenth_edition_remarks  # noqa: E402
from frozen.remarks_v17 import make_remarks as make_seventeenth_edition_remarks  # noqa: E402
from frozen.remarks_v18 import make_remarks as make_eighteenth_edition_remarks  # noqa: E402
from frozen.remarks_v19 import make_remarks as make_nineteenth_edition_remarks  # noqa: E402
from frozen.remarks_v20 import make_remarks as make_twentieth_edition_remarks  # noqa: E402
from frozen.remarks_v21 import make_remarks as make_twenty_first_edition_remarks  # noqa: E402
from frozen.remarks_v22 import make_remarks as make_twenty_second_edition_remarks  # noqa: E402
from frozen.remarks_v23 import make_remarks as make_twenty_third_edition_remarks  # noqa: E402
from frozen.remarks_v24 import make_remarks as make_twenty_fourth_edition_remarks  # noqa: E402
from frozen.remarks_v25 import make_remarks as make_twenty_fifth_edition_remarks  # noqa: E402
from frozen.remarks_v26 import make_remarks as make_twenty_sixth_edition_remarks  # noqa: E402
from frozen.remarks_v27 import make_remarks as make_twenty_seventh_edition_remarks  # noqa: E402
from frozen.remarks_v28 import make_remarks as make_twenty_eighth_edition_remarks  # noqa: E402
from frozen.remarks_v29 import make_remarks as make_twenty_ninth_edition_remarks  # noqa: E402
from frozen.remarks_v30 import make_remarks as make_thirtieth_edition_remarks  # noqa: E402
from frozen.remarks_v31 import make_remarks as make_thirty_first_edition_remarks  # noqa: E402
from frozen.remarks_v32 import make_remarks as make_thirty_second_edition_remarks  # noqa: E402
from frozen.remarks_v33 import VERSION as FROZEN_VERSION  # noqa: E402
from frozen.remarks_v33 import make_remarks as make_frozen_remarks  # noqa: E402
from frozen.remarks_v7 import VERSION as FROZEN_7_VERSION  # noqa: E402
from frozen.remarks_v7 import make_remarks as make_seventh_edition_remarks  # noqa: E402
from tuned.name_classes import make_remarks as make_class_remarks  # noqa: E402
from tuned.domains import make_remarks as make_domain_remarks  # noqa: E402
from gongkai.deid.detectors import find_all, redact_text  # noqa: E402
from gongkai.deid.gate import hits_in_text  # noqa: E402
from gongkai.deid.names import (OFFICIALS, PLACEHOLDER, find_names, redact_with,  # noqa: E402
                                 without_officials)

import bench_deid_accuracy as acc  # noqa: E402

MAX_ALTERED = 0.01
FROZEN_SETS = frozenset({"frozen", "frozen-34", "frozen-7"})   # never shown with -v; their figures count


def tuned_remarks(n: int, seed: int = 2026) -> list[dict]:
    """Remarks of the project's own generators: (text, names planted, look-alikes)."""
    out = []
    rng = random.Random(seed)
    for row in range(n):
        planted, looks = [], []
        text = acc._free_text(rng, row, planted, looks)
        names = [v for kind, v, _c, _r in planted if kind == "person_name"]
        lookalikes = [v for _k, v in looks] + [g for g in acc.GENERIC if g in text]
        out.append({"text": text, "names": names, "lookalikes": lookalikes, "public": False,
                    "family": "accuracy"})
    import deid_fixtures

    frame = deid_fixtures.listing(max(40, n // 10), seed=seed)
    for text in frame["remarks"].tolist():
        out.append({"text": text, "names": [], "lookalikes": [], "public": False,
                    "family": "listing", "check_only_names": True})
    return out


def _as_dicts(remarks) -> list[dict]:
    """The editions' Remark records as the benchmark reads them."""
    return [{"text": r.text, "names": r.names, "lookalikes": r.lookalikes,
             "public": r.public_officials, "family": r.family} for r in remarks]


def first_edition_remarks(n: int, seed: int = 1949) -> list[dict]:
    return _as_dicts(make_remarks(n, seed))


def class_remarks(n: int, seed: int = 505) -> list[dict]:
    return _as_dicts(make_class_remarks(n, seed))


def domain_remarks(n: int, seed: int = 77) -> list[dict]:
    return _as_dicts(make_domain_remarks(n, seed))


def frozen_remarks(n: int, seed: int = 3333) -> list[dict]:
    return _as_dicts(make_frozen_remarks(n, seed))


def thirty_fourth_edition_remarks(n: int, seed: int = 3434) -> list[dict]:
    # imported here: the edition is written blind in its own worktree, after this file
    from frozen.remarks_v34 import make_remarks as make_thirty_fourth_edition_remarks

    return _as_dicts(make_thirty_fourth_edition_remarks(n, seed))


def thirty_second_edition_remarks(n: int, seed: int = 3232) -> list[dict]:
    return _as_dicts(make_thirty_second_edition_remarks(n, seed))


def thirty_first_edition_remarks(n: int, seed: int = 3131) -> list[dict]:
    return _as_dicts(make_thirty_first_edition_remarks(n, seed))


def thirtieth_edition_remarks(n: int, seed: int = 3030) -> list[dict]:
    return _as_dicts(make_thirtieth_edition_remarks(n, seed))


def twenty_ninth_edition_remarks(n: int, seed: int = 2929) -> list[dict]:
    return _as_dicts(make_twenty_ninth_edition_remarks(n, seed))


def twenty_eighth_edition_remarks(n: int, seed: int = 2828) -> list[dict]:
    return _as_dicts(make_twenty_eighth_edition_remarks(n, seed))


def twenty_seventh_edition_remarks(n: int, seed: int = 2727) -> list[dict]:
    return _as_dicts(make_twenty_seventh_edition_remarks(n, seed))


def twenty_sixth_edition_remarks(n: int, seed: int = 2626) -> list[dict]:
    return _as_dicts(make_twenty_sixth_edition_remarks(n, seed))


def twenty_fifth_edition_remarks(n: int, seed: int = 2525) -> list[dict]:
    return _as_dicts(make_twenty_fifth_edition_remarks(n, seed))


def twenty_fourth_edition_remarks(n: int, seed: int = 2424) -> list[dict]:
    return _as_dicts(make_twenty_fourth_edition_remarks(n, seed))


def twenty_third_edition_remarks(n: int, seed: int = 2323) -> list[dict]:
    return _as_dicts(make_twenty_third_edition_remarks(n, seed))


def twenty_second_edition_remarks(n: int, seed: int = 2222) -> list[dict]:
    return _as_dicts(make_twenty_second_edition_remarks(n, seed))


def twenty_first_edition_remarks(n: int, seed: int = 2121) -> list[dict]:
    return _as_dicts(make_twenty_first_edition_remarks(n, seed))


def twentieth_edition_remarks(n: int, seed: int = 2020) -> list[dict]:
    return _as_dicts(make_twentieth_edition_remarks(n, seed))


def nineteenth_edition_remarks(n: int, seed: int = 1919) -> list[dict]:
    return _as_dicts(make_nineteenth_edition_remarks(n, seed))


def eighteenth_edition_remarks(n: int, seed: int = 1818) -> list[dict]:
    return _as_dicts(make_eighteenth_edition_remarks(n, seed))


def seventeenth_edition_remarks(n: int, seed: int = 1717) -> list[dict]:
    return _as_dicts(make_seventeenth_edition_remarks(n, seed))


def sixteenth_edition_remarks(n: int, seed: int = 1616) -> list[dict]:
    return _as_dicts(make_sixteenth_edition_remarks(n, seed))


def fifteenth_edition_remarks(n: int, seed: int = 1515) -> list[dict]:
    return _as_dicts(make_fifteenth_edition_remarks(n, seed))


def fourteenth_edition_remarks(n: int, seed: int = 1414) -> list[dict]:
    return _as_dicts(make_fourteenth_edition_remarks(n, seed))


def thirteenth_edition_remarks(n: int, seed: int = 1313) -> list[dict]:
    return _as_dicts(make_thirteenth_edition_remarks(n, seed))


def twelfth_edition_remarks(n: int, seed: int = 1212) -> list[dict]:
    return _as_dicts(make_twelfth_edition_remarks(n, seed))


def eleventh_edition_remarks(n: int, seed: int = 1111) -> list[dict]:
    return _as_dicts(make_eleventh_edition_remarks(n, seed))


def tenth_edition_remarks(n: int, seed: int = 1010) -> list[dict]:
    return _as_dicts(make_tenth_edition_remarks(n, seed))


def ninth_edition_remarks(n: int, seed: int = 9191) -> list[dict]:
    return _as_dicts(make_ninth_edition_remarks(n, seed))


def eighth_edition_remarks(n: int, seed: int = 8181) -> list[dict]:
    return _as_dicts(make_eighth_edition_remarks(n, seed))


def sixth_edition_remarks(n: int, seed: int = 6161) -> list[dict]:
    return _as_dicts(make_sixth_edition_remarks(n, seed))


def seventh_edition_remarks(n: int, seed: int = 7171) -> list[dict]:
    return _as_dicts(make_seventh_edition_remarks(n, seed))


def fifth_edition_remarks(n: int, seed: int = 5151) -> list[dict]:
    return _as_dicts(make_fifth_edition_remarks(n, seed))


def fourth_edition_remarks(n: int, seed: int = 4242) -> list[dict]:
    return _as_dicts(make_fourth_edition_remarks(n, seed))


def third_edition_remarks(n: int, seed: int = 2718) -> list[dict]:
    return _as_dicts(make_third_edition_remarks(n, seed))


def second_edition_remarks(n: int, seed: int = 1921) -> list[dict]:
    return _as_dicts(make_second_edition_remarks(n, seed))


# --- the pipelines ---------------------------------------------------------------------------

def first_pass(text: str, public: bool) -> str:
    """A cell after the other detectors (IDs, phones, addresses...): the text the name detector reads."""
    return redact_text(text, without_officials(text, find_all(text)) if public else None)


def deid_text(text: str, public: bool, *, tagger: bool = True) -> str:
    """What deidentify_frame does to a free-text cell: the detectors, then the name detector."""
    first = first_pass(text, public)
    hits = find_names(first, public_names=OFFICIALS if public else False, tagger=tagger)
    return redact_with(first, hits) if hits else first


def tagger_only(text: str, public: bool) -> str:
    """Alternative measured: jieba's tagger alone decides (nr tokens with a known surname)."""
    from gongkai.deid._names import COMPOUND_SURNAMES, SURNAME_TABLE
    from gongkai.deid.names import _tagger

    first = redact_text(text)
    if public:
        return first
    out = []
    for token in _tagger().cut(first):
        w = token.word
        if token.flag.startswith("nr") and 2 <= len(w) <= 4 and (
                w[0] in SURNAME_TABLE or w[:2] in COMPOUND_SURNAMES):
            out.append(PLACEHOLDER)
        else:
            out.append(w)
    return "".join(out)


def gate_flags(text: str, public: bool) -> bool:
    """Would the release gate find a name in this (not de-identified) remark? Asked of the gate's
    own reading of a cell (a column declared to hold officials' names in the public family)."""
    return any(h.kind == "person_name"
               for h in hits_in_text(text, public_names=OFFICIALS if public else False))


_COUNTS = ("names", "left", "looks", "altered", "with_name", "flagged", "without_name",
           "false_flags", "extra", "partly")


def partly_left(name: str, text: str, out: str) -> bool:
    """Is a part of a name that is no longer whole in ``out`` still there, right beside the
    placeholder that took the rest, with the name's own neighbours of ``text`` around them
    (回访时〔姓名〕振不在家, 〔姓名〕, Yan Mei Stanley, reported)? Such a name counts as found in
    "left" but leaks: "partly" counts it. (关于〔姓名〕 for 关于于建新 is no part left: the
    neighbours tell the 于 of 关于 from the name's.)"""
    i = text.find(name)
    if i < 0:
        return False
    before, after = text[max(0, i - 2):i], text[i + len(name):i + len(name) + 2]
    return any(PLACEHOLDER + name[k:] + after in out or before + name[:k] + PLACEHOLDER in out
               for k in range(1, len(name)))


def measure(remarks: list[dict], pipeline) -> dict:
    total = dict.fromkeys(_COUNTS, 0)
    families: dict[str, dict] = {}
    left_examples, altered_examples = [], []
    start = time.perf_counter()
    outputs = [pipeline(r["text"], r["public"]) for r in remarks]
    seconds = time.perf_counter() - start
    for r, out in zip(remarks, outputs):
        fam = families.setdefault(r["family"], dict.fromkeys(_COUNTS, 0))
        counts = dict.fromkeys(_COUNTS, 0)
        for name in r["names"]:
            counts["names"] += 1
            if name in out:
                counts["left"] += 1
                left_examples.append(f"{r['family']}: {name} | {out}")
            elif partly_left(name, r["text"], out):
                counts["partly"] += 1
                left_examples.append(f"{r['family']}: {name} (partly) | {out}")
        # over-redaction beyond the look-alikes: more 〔姓名〕 added than names planted
        # (农商银行 -> 农〔姓名〕): text of the remark lost that no look-alike counted
        added = out.count(PLACEHOLDER) - r["text"].count(PLACEHOLDER)
        if not r.get("check_only_names"):     # (the test listing's names are not listed)
            counts["extra"] = max(0, added - len(r["names"]))   # (private persons in a
            #                                   public field are planted names too)
        for look in r["lookalikes"]:
            counts["looks"] += 1
            if look not in out:
                counts["altered"] += 1
                altered_examples.append(f"{r['family']}: {look} -> {out}")
        if r["names"]:
            counts["with_name"] = 1
            counts["flagged"] = int(gate_flags(r["text"], r["public"]))
        elif r["lookalikes"]:
            counts["without_name"] = 1
            counts["false_flags"] = int(gate_flags(r["text"], r["public"]))
        for k, v in counts.items():
            fam[k] += v
            total[k] += v
    return {**total, "seconds": seconds, "families": families,
            "left_examples": left_examples, "altered_examples": altered_examples}


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while s and i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _return_comment(source: str, line: int) -> str:
    """The comment a ``return`` of the detector carries (its examples), or the line itself."""
    import linecache

    text = linecache.getline(source, line)
    if "#" not in text:
        return text.strip()
    parts = [text.split("#", 1)[1].strip()]
    for k in range(line + 1, line + 6):
        nxt = linecache.getline(source, k).strip()
        if not nxt.startswith("#"):
            break
        parts.append(nxt.lstrip("#").strip())
    return " ".join(parts)


def why_table(sets: dict[str, list[dict]], show: int) -> int:
    """Per rule of the name detector (gongkai.deid.explain): the hits on the tuned sets that cover a
    planted name, those that alter a look-alike, and the others (extra): each rule's precision on
    text written by others. Frozen sets are refused: their misses are never read."""
    from gongkai.deid import names as names_module
    from gongkai.deid.explain import explain_names

    frozen = FROZEN_SETS & set(sets)
    if frozen:
        print(f"--why reads misses: not on the frozen sets ({', '.join(sorted(frozen))})")
        return 2
    tally: dict[str, dict[str, int]] = {}
    for remarks in sets.values():
        for r in remarks:
            first = first_pass(r["text"], r["public"])
            names_at = [sp for n in r["names"] for sp in _spans(first, n)]
            looks_at = [sp for lk in r["lookalikes"] for sp in _spans(first, lk)]
            for h, rules in explain_names(first, public_names=OFFICIALS if r["public"] else False):
                what = ("name" if any(a < h.end and h.start < b for a, b in names_at)
                        else "look-alike" if any(a < h.end and h.start < b for a, b in looks_at)
                        else "extra")
                for rule in rules:
                    c = tally.setdefault(rule, {"name": 0, "look-alike": 0, "extra": 0})
                    c[what] += 1
    print(f"{'rule (function, or _candidate:line of its return)':<52}{'names':>8}{'look-alikes':>13}"
          f"{'extra':>7}{'precision':>11}")
    source = names_module.__file__
    for rule, c in sorted(tally.items(), key=lambda kv: -(kv[1]["look-alike"] + kv[1]["extra"]))[:show]:
        prec = c["name"] / max(1, sum(c.values()))
        print(f"{rule:<52}{c['name']:>8}{c['look-alike']:>13}{c['extra']:>7}{prec:>11.1%}")
        if rule.startswith("_candidate:"):
            print(f"    {_return_comment(source, int(rule.split(':')[1].split('+')[0]))[:110]}")
    return 0


def _row(label: str, m: dict) -> str:
    alt = m["altered"] / max(m["looks"], 1)
    return (f"{label:<30}{m['names']:>7}{m['left']:>6}{m['looks']:>7}{m['altered']:>6}{alt:>8.2%}"
            f"{m['flagged']:>6}/{m['with_name']:<6}{m['false_flags']:>5}/{m['without_name']:<6}"
            f"{m['extra']:>6}{m['seconds']:>7.2f}{m['partly']:>7}")


# Neutral sentences a word of the lexicon is put into (--lexicon): none holds a name.
_LEXICON_TEMPLATES = ("经核实，{w}情况属实。", "备注：{w}，已处理", "该户{w}问题突出，",
                      "申请材料中{w}部分缺失。", "{w}已按规定办理")
_PLACE_TEMPLATES = ("在{w}务工，", "户籍地：{w}", "转至{w}就医。", "家住{w}，", "{w}的项目已完工。")


def lexicon_words(verbose: bool) -> int:
    """Everyday words and place names of jieba's dictionary that begin with a surname character,
    each in a neutral sentence: how many the detectors alter (tuned material: the fourth round
    was checked against it). Words: 2-4 characters, frequency >= 300, not tagged as a person,
    place or organisation; places: tagged ns/nt, frequency >= 100."""
    import os

    import jieba

    from gongkai.deid.names import _SINGLE

    words, places = [], []
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, f, tag = line.split()
            if not 2 <= len(w) <= 4 or w[0] not in _SINGLE:
                continue
            if int(f) >= 300 and not tag.startswith("nr") and tag not in ("ns", "nt", "nz"):
                words.append(w)
            elif int(f) >= 100 and tag in ("ns", "nt"):
                places.append(w)
    rng = random.Random(7)
    for label, items, templates in (("everyday words", words, _LEXICON_TEMPLATES),
                                    ("places", places, _PLACE_TEMPLATES)):
        altered = []
        for w in items:
            text = rng.choice(templates).format(w=w)
            out = deid_text(text, False)
            if w not in out:
                altered.append(f"{w} -> {out}")
        print(f"{label}: {len(altered)} of {len(items)} altered")
        for a in altered[:20] if verbose else ():
            print("   ", a)
    return 0


def jieba_lexicon(verbose: bool) -> int:
    """Every word of jieba's dictionary of 2-4 characters that begins with a surname and is not
    tagged as a person, in neutral clerks' frames (benchmarks/tuned/jieba_lexicon.py): words
    altered, by tag and frequency band, and weighted by frequency; and persons whose names equal
    such a word, after a cue and without one: names left."""
    from tuned import jieba_lexicon as jl

    from gongkai.deid.names import _SINGLE, _lexicon

    m = jl.measure(lambda text: deid_text(text, False), set(_SINGLE), lambda w: w in _lexicon(),
                   partly_left, verbose)
    print(f"jieba words: {m['altered']} of {m['words']} altered ({m['altered'] / m['words']:.2%}), "
          f"frequency-weighted {m['weighted']:.3%}")
    print("   by tag : " + "  ".join(f"{k} {b}/{a}" for k, (a, b) in sorted(m["by_tag"].items())))
    print("   by band: " + "  ".join(f"{label} {m['by_band'].get(label, [0, 0])[1]}/{m['by_band'].get(label, [0, 0])[0]}"
                                     for _top, label in jl.BANDS))
    for label, (n, left, partly) in m["left"].items():
        print(f"names equal to a word ({m['names']}), {label}: {left} of {n} left, {partly} partly")
    for e in m["examples"][:20] if verbose else ():
        print("   ", e)
    return 0


def gazette_prose(verbose: bool) -> int:
    """Distinct lines of the documents the gazette generator writes (benchmarks/frozen/gazette:
    notices, replies, decisions, decrees, joint documents, appointments and lists of them; 60
    issues' worth) in which the name detector finds a name where a field's officials' names are
    public (``public_names: officials``, as the gazette schemas declare): none of them names a
    private person, so every line counted is over-redaction of a gazette's text. Tuned material
    for the name detector since 2026-12-05 (the gazette extractor's figures are untouched)."""
    import datetime as dt

    from frozen.gazette.documents import DocMaker

    kinds = ("gov_notice", "reply", "decision", "office_notice", "office_annex", "dept_notice",
             "joint2", "party_joint", "forward", "decree", "appoint_notice", "appoint_list")
    lines: set[str] = set()
    for seed in range(60):
        maker = DocMaker(random.Random(seed), dt.date(2026, 5, 1), 2026, "cn", ["〔〕"], "auto")
        for kind in kinds:
            for block in maker.make(kind).blocks:
                parts = block.text if isinstance(block.text, list) else [block.text]
                for part in parts:
                    text = " ".join(map(str, part)) if isinstance(part, (list, tuple)) else str(part)
                    lines.update(line for line in text.split("\n") if line.strip())
    flagged = _lines_with_names(lines, lambda line: find_names(line, public_names=OFFICIALS), verbose)
    print(f"gazette prose: {len(lines)} distinct lines, {flagged} with a name found "
          f"(public_names: officials)")
    return 0


def _lines_with_names(lines: set[str], names_in, verbose: bool) -> int:
    """How many of ``lines`` hold a name by ``names_in`` (each shown with -v)."""
    flagged = 0
    for line in sorted(lines):
        hits = names_in(line)
        if hits:
            flagged += 1
            if verbose:
                print("  ", line[:60], [line[h.start:h.end] for h in hits])
    return flagged


def document_text(verbose: bool) -> int:
    """Distinct text lines of the corpus's budget PDFs and the samples' PDFs (pdfplumber's
    ``extract_text``, first 60 pages each) in which the name detectors find a name: in budgets
    none should be found; the samples' listing and gazette hold real names and officials."""
    import pdfplumber

    from common import corpus_dir

    pdfs = sorted((HERE.parent / "raw").rglob("*.pdf"))
    corpus = corpus_dir()
    if corpus is not None:
        pdfs += sorted((corpus / "cn_budget").glob("*.pdf"))
    lines: set[str] = set()
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages[:60]:
                lines.update(line.strip() for line in (page.extract_text() or "").splitlines()
                             if any("\u4e00" <= c <= "\u9fff" for c in line))
    flagged = _lines_with_names(
        lines, lambda line: find_names(line) + [h for h in find_all(line) if h.kind == "person_name"],
        verbose)
    print(f"{len(pdfs)} PDFs, {len(lines)} distinct lines, {flagged} with a name found "
          f"(corpus {'read' if corpus else 'absent'})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--remarks", type=int, default=2000)
    ap.add_argument("--variants", action="store_true", help="measure the alternatives too")
    ap.add_argument("--families", action="store_true", help="figures per family (counts only)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="show up to 10 misses per tuned set (never the frozen set's)")
    ap.add_argument("--show", type=int, default=10, help="with -v: misses shown per set")
    ap.add_argument("--document-text", action="store_true",
                    help="only count the budget and gazette text lines (corpus PDFs and the "
                         "samples) in which a name is found: no private person is named there")
    ap.add_argument("--only", choices=("tuned", "tuned-2", "tuned-3", "tuned-4", "tuned-5", "tuned-6",
                                       "tuned-7", "tuned-8", "tuned-9", "tuned-10", "tuned-11", "tuned-12",
                                       "tuned-13", "tuned-14", "tuned-15", "tuned-16", "tuned-17", "tuned-18",
                                       "tuned-19", "tuned-20", "tuned-21", "tuned-22", "tuned-23", "tuned-24",
                                       "tuned-25", "tuned-26", "tuned-27", "tuned-28", "tuned-29", "tuned-30",
                                       "tuned-31", "tuned-32", "tuned-33", "tuned-34", "frozen",
                                       "frozen-34", "frozen-7"),
                    action="append",
                    help="measure only these sets (repeatable)")
    ap.add_argument("--gazette-prose", action="store_true",
                    help="only count the gazette generator's lines in which a name is found where "
                         "only officials' names are public: none names a private person")
    ap.add_argument("--why", action="store_true",
                    help="per rule of the name detector: names found, look-alikes altered, extra "
                         "(tuned sets only; with --show N rules)")
    ap.add_argument("--lexicon", action="store_true",
                    help="only count the lexicon's everyday words and places (beginning with a "
                         "surname character) that the detectors alter in neutral sentences")
    ap.add_argument("--jieba-lexicon", action="store_true",
                    help="only measure jieba's dictionary words that begin with a surname (all "
                         "frequencies and tags) in neutral frames, and names equal to such words")
    args = ap.parse_args(argv)
    if args.jieba_lexicon:
        return jieba_lexicon(args.verbose)
    if args.lexicon:
        return lexicon_words(args.verbose)
    if args.document_text:
        return document_text(args.verbose)
    if args.gazette_prose:
        return gazette_prose(args.verbose)
    makers = {"tuned": tuned_remarks, "tuned-2": first_edition_remarks, "tuned-3": class_remarks,
              "tuned-4": second_edition_remarks, "tuned-5": domain_remarks,
              "tuned-6": third_edition_remarks, "tuned-7": fourth_edition_remarks,
              "tuned-8": fifth_edition_remarks, "tuned-9": sixth_edition_remarks,
              "tuned-10": eighth_edition_remarks, "tuned-11": ninth_edition_remarks,
              "tuned-12": tenth_edition_remarks, "tuned-13": eleventh_edition_remarks,
              "tuned-14": twelfth_edition_remarks, "tuned-15": thirteenth_edition_remarks,
              "tuned-16": fourteenth_edition_remarks, "tuned-17": fifteenth_edition_remarks,
              "tuned-18": sixteenth_edition_remarks, "tuned-19": seventeenth_edition_remarks,
              "tuned-20": eighteenth_edition_remarks, "tuned-21": nineteenth_edition_remarks,
              "tuned-22": twentieth_edition_remarks, "tuned-23": twenty_first_edition_remarks,
              "tuned-24": twenty_second_edition_remarks, "tuned-25": twenty_third_edition_remarks,
              "tuned-26": twenty_fourth_edition_remarks, "tuned-27": twenty_fifth_edition_remarks,
              "tuned-28": twenty_sixth_edition_remarks, "tuned-29": twenty_seventh_edition_remarks,
              "tuned-30": twenty_eighth_edition_remarks, "tuned-31": twenty_ninth_edition_remarks,
              "tuned-32": thirtieth_edition_remarks, "tuned-33": thirty_first_edition_remarks,
              "tuned-34": thirty_second_edition_remarks,
              "frozen": frozen_remarks, "frozen-34": thirty_fourth_edition_remarks,
              "frozen-7": seventh_edition_remarks}
    if args.why and not args.only:
        args.only = [k for k in makers if k not in FROZEN_SETS]
    sets = {k: make(args.remarks) for k, make in makers.items() if not args.only or k in args.only}
    if args.why:
        return why_table(sets, args.show if args.show != 10 else 40)
    if "frozen" in sets:
        print(f"frozen set: {FROZEN_VERSION}")
    if "frozen-34" in sets:
        from frozen.remarks_v34 import VERSION as FROZEN_34_VERSION

        print(f"frozen-34 set: {FROZEN_34_VERSION}")
    if "frozen-7" in sets:
        print(f"frozen-7 set: {FROZEN_7_VERSION}")
    pipelines = {"rules + tagger (used)": deid_text}
    if args.variants:
        pipelines["rules, no tagger"] = lambda t, p: deid_text(t, p, tagger=False)
        pipelines["jieba nr alone"] = tagger_only
    print(f"{'set / detector':<30}{'names':>7}{'left':>6}{'looks':>7}{'alt':>6}{'alt%':>8}"
          f"{'gate: flagged':>14}{'false':>9}{'extra':>7}{'s':>7}{'partly':>7}")
    ok = True
    for set_name, remarks in sets.items():
        for label, pipeline in pipelines.items():
            m = measure(remarks, pipeline)
            print(_row(f"{set_name}: {label}", m))
            if label.endswith("(used)"):
                good = m["left"] == 0 and m["altered"] <= MAX_ALTERED * m["looks"]
                if set_name in FROZEN_SETS:
                    ok &= good
                if args.families:
                    for fam, c in sorted(m["families"].items()):
                        print(_row(f"   {fam}", {**c, "seconds": 0.0}))
                if args.verbose and set_name not in FROZEN_SETS:
                    for e in m["left_examples"][:args.show]:
                        print("   left   ", e)
                    for e in m["altered_examples"][:args.show]:
                        print("   altered", e)
    if not FROZEN_SETS & set(sets):
        print("targets on the frozen sets: not measured")
        return 0
    print("targets on the frozen sets (0 left, <= 1% altered):", "HELD" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
