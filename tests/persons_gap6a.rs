//! Heads of state and government that close gaps opened since 2023 in the gap6a data session
//! (2026-12-07): the presidents of Chile (José Antonio Kast), Honduras (Nasry Asfura), Costa Rica
//! (Laura Fernández) and Bolivia (Rodrigo Paz), Peru's interim presidents (José Jerí, José María
//! Balcázar), Serbia's (Đuro Macut) and Lithuania's (Inga Ruginienė) prime ministers,
//! Guinea-Bissau's transitional president (Horta Inta-A), Haiti's (Jean-Henry Céant, Alix Didier
//! Fils-Aimé) and Burkina Faso's (Rimtalba Jean Emmanuel Ouédraogo) prime ministers, Madagascar's
//! presidents (Andry Rajoelina's third term, Michael Randrianirina), Malawi's (Lazarus Chakwera,
//! Peter Mutharika's second term), Myanmar's prime minister Min Aung Hlaing (2021–2025), Barbados's
//! first president (Sandra Mason) and Switzerland's president of the Confederation for 2026 (Guy
//! Parmelin). A role phrase dated inside a new term names its holder, the predecessor answers on
//! the day before the change, and the new full names name their person. Every sentence is written
//! for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const CL: &str = "ألقى الرئيس التشيلي خطابا أمام البرلمان.";
const HN: &str = "استقبل الرئيس الهندوراسي وفدا أمريكيا.";
const CR: &str = "زارت رئيسة كوستاريكا مدينة ساحلية.";
const BO: &str = "أعلن الرئيس البوليفي خطة اقتصادية جديدة.";
const PE: &str = "ترأس رئيس بيرو اجتماعا أمنيا.";
const RS: &str = "التقى رئيس الوزراء الصربي وفدا أوروبيا.";
const LT: &str = "زارت رئيسة وزراء ليتوانيا كييف.";
const HT: &str = "ترأس رئيس الوزراء الهايتي اجتماعا أمنيا.";
const BF: &str = "استقبل رئيس وزراء بوركينا فاسو وفدا ماليا.";
const MG: &str = "ألقى رئيس مدغشقر خطابا في أنتاناناريفو.";
const MW: &str = "افتتح رئيس مالاوي مستشفى جديدا.";
const MM: &str = "ترأس رئيس وزراء ميانمار اجتماعا للحكومة.";
const BB: &str = "استقبلت رئيسة بربادوس السفراء الجدد.";
const GN: &str = "ترأس رئيس وزراء غينيا اجتماعا للحكومة في كوناكري.";
const AF: &str = "ترأس رئيس الوزراء الأفغاني اجتماعا في كابل.";
const GW: &str = "استقبل رئيس غينيا بيساو سفراء أفارقة.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (CL, "2026-03-10", &[("الرئيس التشيلي", "gabriel-boric")]),
        (CL, "2026-03-11", &[("الرئيس التشيلي", "jose-antonio-kast")]),
        (CL, "2026-12-07", &[("الرئيس التشيلي", "jose-antonio-kast")]),
        (HN, "2026-01-26", &[("الرئيس الهندوراسي", "xiomara-castro")]),
        (HN, "2026-01-27", &[("الرئيس الهندوراسي", "nasry-asfura")]),
        (HN, "2026-12-07", &[("الرئيس الهندوراسي", "nasry-asfura")]),
        (
            CR,
            "2026-05-07",
            &[("رئيسة كوستاريكا", "rodrigo-chaves-robles")],
        ),
        (CR, "2026-05-08", &[("رئيسة كوستاريكا", "laura-fernandez")]),
        (BO, "2025-11-07", &[("الرئيس البوليفي", "luis-arce")]),
        (BO, "2025-11-08", &[("الرئيس البوليفي", "rodrigo-paz")]),
        (BO, "2026-12-07", &[("الرئيس البوليفي", "rodrigo-paz")]),
        (PE, "2025-10-09", &[("رئيس بيرو", "dina-boluarte")]),
        (PE, "2025-10-10", &[("رئيس بيرو", "jose-jeri")]),
        (PE, "2026-02-16", &[("رئيس بيرو", "jose-jeri")]),
        (PE, "2026-02-18", &[("رئيس بيرو", "jose-maria-balcazar")]),
        (PE, "2026-07-27", &[("رئيس بيرو", "jose-maria-balcazar")]),
        (
            RS,
            "2025-04-15",
            &[("رئيس الوزراء الصربي", "milos-vucevic")],
        ),
        (RS, "2025-04-16", &[("رئيس الوزراء الصربي", "djuro-macut")]),
        (RS, "2026-12-07", &[("رئيس الوزراء الصربي", "djuro-macut")]),
        (
            LT,
            "2025-08-26",
            &[("رئيسة وزراء ليتوانيا", "inga-ruginiene")],
        ),
        (
            LT,
            "2026-12-07",
            &[("رئيسة وزراء ليتوانيا", "inga-ruginiene")],
        ),
        (
            GW,
            "2025-11-25",
            &[("رئيس غينيا بيساو", "umaro-sissoco-embalo")],
        ),
        (GW, "2025-11-27", &[("رئيس غينيا بيساو", "horta-inta-a")]),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "2026-06-01",
        &[
            (
                "وقال خوسيه أنطونيو كاست إن الأمن أولوية.",
                &[("خوسيه أنطونيو كاست", "jose-antonio-kast")],
            ),
            (
                "والتقى نصري عصفورة رجال الأعمال.",
                &[("نصري عصفورة", "nasry-asfura")],
            ),
            (
                "وتعهدت لورا فرنانديز بمكافحة الجريمة.",
                &[("لورا فرنانديز", "laura-fernandez")],
            ),
            (
                "وأكد رودريغو باز أن الاقتصاد سيتعافى.",
                &[("رودريغو باز", "rodrigo-paz")],
            ),
            (
                "ودعا خوسيه ماريا بالكازار إلى الهدوء.",
                &[("خوسيه ماريا بالكازار", "jose-maria-balcazar")],
            ),
            (
                "وقال ديورو ماتسوت إن الحكومة منفتحة على الحوار.",
                &[("ديورو ماتسوت", "djuro-macut")],
            ),
            (
                "وأكدت إنغا روجينيني دعم أوكرانيا.",
                &[("إنغا روجينيني", "inga-ruginiene")],
            ),
            (
                "وتعهد الجنرال هورتا نتام بمكافحة الفساد.",
                &[("هورتا نتام", "horta-inta-a")],
            ),
            (
                "وقال أليكس ديدييه فيلز-أيميه إن الأمن أولوية.",
                &[("أليكس ديدييه فيلز-أيميه", "alix-didier-fils-aime")],
            ),
            (
                "وترأس ريمتالبا جان إيمانويل ويدراوغو مجلس الوزراء.",
                &[(
                    "ريمتالبا جان إيمانويل ويدراوغو",
                    "rimtalba-jean-emmanuel-ouedraogo",
                )],
            ),
            (
                "وتعهد العقيد مايكل راندريانيرينا بإجراء انتخابات.",
                &[("مايكل راندريانيرينا", "michael-randrianirina")],
            ),
            (
                "وقال لازاروس تشاكويرا إنه يقبل النتائج.",
                &[("لازاروس تشاكويرا", "lazarus-chakwera")],
            ),
            (
                "وكانت ساندرا ميسون قد أدت اليمين في بريدجتاون.",
                &[("ساندرا ميسون", "sandra-mason")],
            ),
            (
                "وكان محمد بيافوغي قد عمل في منظمة الأغذية والزراعة.",
                &[("محمد بيافوغي", "mohamed-beavogui")],
            ),
            (
                "وافتتح غي بارملان المنتدى الاقتصادي.",
                &[("غي بارملان", "guy-parmelin")],
            ),
        ],
    );
    check_names_on(
        "2018-10-01",
        &[(
            "وأعلن جان هنري سيان تدابير اقتصادية.",
            &[("جان هنري سيان", "jean-henry-ceant")],
        )],
    );
    check_names_on(
        "2023-06-01",
        &[(
            "وقال المولوي عبد الكبير إن الحكومة تعمل.",
            &[("المولوي عبد الكبير", "abdul-kabir")],
        )],
    );
    check_names_on(
        "2025-12-01",
        &[
            (
                "وقال خوسيه خيري إن الانتخابات ستجري في موعدها.",
                &[("خوسيه خيري", "jose-jeri")],
            ),
            (
                "وقال خوسيه جيري إن الحكومة انتقالية.",
                &[("خوسيه جيري", "jose-jeri")],
            ),
        ],
    );
}

#[test]
fn role_phrases_name_the_new_prime_ministers_and_presidents_of_africa_asia_and_the_caribbean() {
    check_role_phrases(&[
        (
            HT,
            "2025-06-01",
            &[("رئيس الوزراء الهايتي", "alix-didier-fils-aime")],
        ),
        (
            HT,
            "2018-12-01",
            &[("رئيس الوزراء الهايتي", "jean-henry-ceant")],
        ),
        (
            BF,
            "2025-06-01",
            &[(
                "رئيس وزراء بوركينا فاسو",
                "rimtalba-jean-emmanuel-ouedraogo",
            )],
        ),
        (MG, "2024-06-01", &[("رئيس مدغشقر", "andry-rajoelina")]),
        (
            MG,
            "2026-06-01",
            &[("رئيس مدغشقر", "michael-randrianirina")],
        ),
        (MW, "2022-06-01", &[("رئيس مالاوي", "lazarus-chakwera")]),
        (MW, "2026-06-01", &[("رئيس مالاوي", "peter-mutharika")]),
        (
            MM,
            "2023-06-01",
            &[("رئيس وزراء ميانمار", "min-aung-hlaing")],
        ),
        (BB, "2023-06-01", &[("رئيسة بربادوس", "sandra-mason")]),
        (
            GN,
            "2022-03-01",
            &[("رئيس وزراء غينيا", "mohamed-beavogui")],
        ),
        (AF, "2023-06-01", &[("رئيس الوزراء الأفغاني", "abdul-kabir")]),
    ]);
}
