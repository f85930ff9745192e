from conflictmap.event_types import NSA_TAKEOVER, classify


def test_adjectives_are_never_where_it_happened():
    s = "Syrian militants seized control of Damascus."
    kinds = classify(s, [(0, 6, True), (s.index("Damascus"), s.index("Damascus") + 8, False)])
    assert kinds[0] is None and kinds[1].sub_event_type == NSA_TAKEOVER


def test_origin_is_first_place_after_from():
    s = "The group launched an offensive from the province of Idlib in northern Syria."
    i, j = s.index("Idlib"), s.index("Syria")
    kinds = classify(s, [(i, i + 5, False), (j, j + 5, False)])
    assert kinds[0].role == "origin" and kinds[1] is None


def test_a_place_that_only_says_where_the_last_one_is_is_context():
    text = "The RSF took control of Wad Madani, the capital of Gezira state, and Saraqib, 15 km east of Idlib."
    names = ["Wad Madani", "Gezira", "Saraqib", "Idlib"]
    kinds = classify(text, [(text.index(n), text.index(n) + len(n), False) for n in names])
    assert [k is not None for k in kinds] == [True, False, True, False]
    listed = "Rebels captured Aleppo, Hama and Homs."
    assert all(classify(listed, [(listed.index(n), listed.index(n) + len(n), False)
                                 for n in ("Aleppo", "Hama", "Homs")]))
