//! Shadowing names (`gazetteers/shadowing_names.tsv`): a country alias inside a longer name that
//! is not that country (بحر الصين الجنوبي، ريال مدريد) is not reported; inside the name of one of
//! the country's organizations (وكالة الأنباء الفرنسية) it is reported with form `in_name` only
//! when asked for. Sentences written for these tests; exact spans and ids.

use alam::{EntityKind, Extractor, Form, Options};

/// One case a line: the sentence, the country mentions expected by default (`ID@text`, `#n` for
/// the n-th whole-word occurrence; `!ID@text` must not be reported), and the mentions added
/// with `in_name` on (form `in_name`). Every country mention reported must be listed.
const CASES: &str = "\
رصدت البحرية الأمريكية سفنا حربية صينية تعبر بحر الصين الجنوبي فجر الثلاثاء.	US@الأمريكية,CN@صينية,!CN@الصين	
احتجت الصين على مرور مدمرة يابانية في بحر الصين الشرقي.	CN@الصين#1,JP@يابانية,!CN@الصين#2	
غرقت سفينة شحن هندية في المحيط الهندي قبالة سواحل الصومال.	IN@هندية,SO@الصومال,!IN@الهندي	
ضرب إعصار قوي سواحل خليج المكسيك وأغلق موانئ في ولاية تكساس.	!MX@المكسيك	
عبرت سفينتان حربيتان مضيق تايوان وسط تنديد من بكين.	CN@بكين,!TW@تايوان	
أوقفت إسبانيا زورقا محملا بالمخدرات في مضيق جبل طارق.	ES@إسبانيا,!GI@جبل طارق	
تعرضت ناقلتا نفط لهجوم في خليج عمان قرب مضيق هرمز.	!OM@عمان,!JO@عمان	
تشهد دول أمريكا اللاتينية موجة هجرة من فنزويلا.	VE@فنزويلا,!US@أمريكا	
جال وفد تجاري أميركي على ثلاث دول في أميركا الجنوبية.	US@أميركي,!US@أميركا	
انطلقت قمة دول المغرب العربي في غياب المغرب.	!MA@المغرب#1,MA@المغرب#2	
صوّت الناخبون في أيرلندا الشمالية بينما تراقب أيرلندا النتائج.	X-NORTHERN-IRELAND@أيرلندا الشمالية,!IE@أيرلندا#1,IE@أيرلندا#2	
قتل مدنيون في هجوم على قرية في أفريقيا الوسطى.	CF@أفريقيا الوسطى	
فاز ريال مدريد على ضيفه بثلاثة أهداف في ليلة ممطرة.	!ES@مدريد	
عاد الوفد الإسباني إلى مدريد قادما من بروكسل بعد مباراة ريال مدريد.	ES@الإسباني,ES@مدريد#1,BE@بروكسل,!ES@مدريد#2	
تعاقد سسكا موسكو مع مهاجم برازيلي بينما تفرض موسكو قيودا على الانتقالات.	BR@برازيلي,!RU@موسكو#1,RU@موسكو#2	
يستضيف باريس سان جيرمان منافسه في دوري أبطال أوروبا.	!FR@باريس	
خسر الأهلي المصري مباراته أمام الترجي التونسي.	!EG@المصري,!TN@التونسي	
انتقل اللاعب إلى روما الإيطالي بعد موسمين في الدوري الإسباني.	!IT@الإيطالي,!ES@الإسباني	ES@الإسباني
تأهل المنتخب السعودي إلى النهائيات بعد فوزه على منتخب مصر.	!SA@السعودي,!EG@مصر	SA@السعودي,EG@مصر
تعادل منتخب غانا مع منتخب الكاميرون قبل أن تستضيف غانا البطولة القارية.	!GH@غانا#1,!CM@الكاميرون,GH@غانا#2	GH@غانا#1,CM@الكاميرون
خسر المنتخب الأسترالي أمام منتخبي اليابان وكوريا الجنوبية في التصفيات.	!AU@الأسترالي,!JP@اليابان,!KR@كوريا الجنوبية	AU@الأسترالي,JP@اليابان,KR@كوريا الجنوبية
أشاد الوزير بالمنتخب النيجيري بينما تواجه نيجيريا أزمة اقتصادية.	!NG@النيجيري,NG@نيجيريا	NG@النيجيري
وتأهل منتخبا السنغال وتونس إلى الدور الثاني وسط احتفالات في داكار.	!SN@السنغال,!TN@تونس,SN@داكار	SN@السنغال,TN@تونس
التقى وزير خارجية كندا بلاعبي منتخب بلاده ثم سافر إلى المكسيك.	MX@المكسيك	
قرر الاتحاد السعودي لكرة القدم تأجيل المباريات بسبب الحرب في اليمن.	YE@اليمن,!SA@السعودي	SA@السعودي
أعلن حزب إخوة إيطاليا رفضه لسياسة اللجوء في ألمانيا.	DE@ألمانيا,!IT@إيطاليا	IT@إيطاليا
انتقد حزب العمال البريطاني موقف حكومة لندن من صفقات السلاح.	GB@لندن,!GB@البريطاني	GB@البريطاني
عقد الحزب الشيوعي الصيني مؤتمره في بكين.	CN@بكين,!CN@الصيني	CN@الصيني
طالبت منظمة التحرير الفلسطينية بوقف الاستيطان.	!PS@الفلسطينية	PS@الفلسطينية
قال المرصد السوري لحقوق الإنسان إن غارات جوية استهدفت ريف إدلب شمال سوريا.	SY@سوريا,!SY@السوري	SY@السوري
أكد المرصد السوري أن قوات النظام تقدمت نحو دمشق.	SY@دمشق,!SY@السوري	SY@السوري
نقلت وكالة الأنباء الفرنسية عن مسؤول عراقي أن الانتخابات ستجرى في موعدها.	IQ@عراقي,!FR@الفرنسية	FR@الفرنسية
ذكرت وكالة الأنباء السعودية أن الملك استقبل سفير فرنسا.	FR@فرنسا,!SA@السعودية	SA@السعودية
بث التلفزيون السوري صورا للمعارك في الغوطة.	!SY@السوري	SY@السوري
كتبت صحيفة واشنطن بوست أن واشنطن تدرس فرض عقوبات جديدة.	!US@واشنطن#1,US@واشنطن#2	US@واشنطن#1
أفادت هيئة الإذاعة البريطانية بأن لندن استدعت السفير الروسي.	GB@لندن,RU@الروسي,!GB@البريطانية	GB@البريطانية
نشرت صحيفة هآرتس الإسرائيلية تقريرا عن ضربات نفذتها إسرائيل في سوريا.	IL@إسرائيل,SY@سوريا,!IL@الإسرائيلية	IL@الإسرائيلية
وزع الهلال الأحمر الإماراتي مساعدات غذائية على النازحين في الحديدة.	!AE@الإماراتي	AE@الإماراتي
أعلنت شركة أرامكو السعودية زيادة إنتاجها بينما خفضت السعودية صادراتها إلى الصين.	!SA@السعودية#1,SA@السعودية#2,CN@الصين	SA@السعودية
ألغت الخطوط الجوية التركية رحلاتها إلى العراق.	IQ@العراق,!TR@التركية	TR@التركية
تراجعت أسهم البنوك في السوق المالية السعودية بعد العقوبات الأمريكية.	US@الأمريكية,!SA@السعودية	SA@السعودية
يدرس طلاب الجامعة الأمريكية في بيروت آثار الأزمة في لبنان.	LB@لبنان,!US@الأمريكية,!LB@بيروت	LB@بيروت
نظمت جامعة القاهرة ندوة عن العلاقات بين مصر والسودان.	EG@مصر,SD@السودان,!EG@القاهرة	EG@القاهرة
حصل الباحث على الدكتوراه من جامعة كولومبيا قبل أن يعمل في كولومبيا.	!CO@كولومبيا#1,CO@كولومبيا#2	
وُقعت اتفاقية أوسلو بين الفلسطينيين وإسرائيل قبل ربع قرن.	PS@الفلسطينيين,IL@إسرائيل,!NO@أوسلو	
استضافت النرويج في أوسلو ندوة عن اتفاق أوسلو.	NO@النرويج,NO@أوسلو#1,!NO@أوسلو#2	
انسحبت الولايات المتحدة من اتفاق باريس للمناخ.	US@الولايات المتحدة,!FR@باريس	
تعقد جولة جديدة من محادثات أستانا بمشاركة روسيا وتركيا وإيران.	RU@روسيا,TR@تركيا,IR@إيران,!KZ@أستانا	
أعلن المتحدث باسم التحالف العقيد تركي المالكي اعتراض صاروخ أطلق من اليمن.	YE@اليمن,!TR@تركي	
صدر قانون جديد في ولاية جورجيا بينما وقعت جمهورية جورجيا اتفاقا مع واشنطن.	!GE@جورجيا#1,GE@جورجيا#2,US@واشنطن	
شارك وفد كويتي في اجتماع منظمة الدول الأمريكية.	KW@كويتي,!US@الأمريكية	
قالت منظمة أطباء بلا حدود إن الأوضاع في اليمن كارثية.	YE@اليمن	
نقل نادي الأسير الفلسطيني أن إسرائيل اعتقلت عشرات الشبان.	IL@إسرائيل,!PS@الفلسطيني	PS@الفلسطيني
عقد المجلس الوطني للمقاومة الإيرانية مؤتمرا في باريس ضد حكومة طهران.	FR@باريس,IR@طهران,!IR@الإيرانية	IR@الإيرانية
تتأثر دول شبه القارة الهندية بالرياح الموسمية أكثر من الهند نفسها.	!IN@الهندية,IN@الهند	
أوقفت طيران الإمارات رحلاتها إلى الدوحة بعد قرار أبوظبي.	QA@الدوحة,AE@أبوظبي,!AE@الإمارات	AE@الإمارات
تقدمت قوات سوريا الديموقراطية شرقي الفرات بينما دعا مجلس سوريا الديموقراطية إلى الحوار.	!SY@سوريا#1,!SY@سوريا#2	SY@سوريا#2
";

/// Byte span of the `n`-th (1-based) whole-word occurrence of `word` in `text`, a proclitic
/// chain allowed before it.
fn occurrence(text: &str, word: &str, n: usize) -> (usize, usize) {
    const CHAINS: &[&str] = &[
        "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
    ];
    let whole = |&(start, _): &(usize, &str)| {
        let end = start + word.len();
        let after = text[end..].chars().next().is_some_and(char::is_alphabetic);
        let word_start = text[..start]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(start, |(i, _)| i);
        !after && CHAINS.contains(&&text[word_start..start])
    };
    let (start, _) = text
        .match_indices(word)
        .filter(whole)
        .nth(n - 1)
        .unwrap_or_else(|| panic!("{word:?} #{n} not in {text:?}"));
    (start, start + word.len())
}

/// (id, start, end) of each `ID@text#n` item, and whether it is a negative.
fn items(text: &str, list: &str) -> Vec<(bool, String, (usize, usize))> {
    list.split(',')
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (negative, item) = match item.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, item),
            };
            let (id, word) = item.split_once('@').expect("ID@text");
            let (word, n) = match word.rsplit_once('#') {
                Some((w, n)) => (w, n.parse().expect("#n")),
                None => (word, 1),
            };
            (negative, id.to_owned(), occurrence(text, word, n))
        })
        .collect()
}

/// The country mentions reported: (id, span, form).
fn countries(text: &str, options: &Options) -> Vec<(String, (usize, usize), Form)> {
    Extractor::default_ref()
        .extract_with(text, options)
        .iter()
        .filter(|e| e.kind() == EntityKind::Country)
        .map(|e| {
            let id = e.id().unwrap_or("").to_owned();
            (id, (e.span.start, e.span.end), e.form)
        })
        .collect()
}

#[test]
fn country_aliases_inside_shadowing_names_are_suppressed_or_in_name() {
    let mut cases = 0;
    for line in CASES.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        let (text, default, extra) = (cells[0], cells[1], cells.get(2).copied().unwrap_or(""));
        let default = items(text, default);
        let extra = items(text, extra);
        let positives: Vec<(String, (usize, usize))> = default
            .iter()
            .filter(|(neg, _, _)| !neg)
            .map(|(_, id, span)| (id.clone(), *span))
            .collect();
        let mut got = countries(text, &Options::default());
        assert!(got.iter().all(|(_, _, f)| *f != Form::InName), "{text}");
        let got_spans: Vec<(String, (usize, usize))> =
            got.drain(..).map(|(id, span, _)| (id, span)).collect();
        assert_eq!(got_spans, sorted(positives.clone()), "default: {text}");
        for (neg, id, span) in &default {
            if *neg {
                assert!(!got_spans.contains(&(id.clone(), *span)), "{id} in {text}");
            }
        }
        // With in_name on: the same, plus the extras with form in_name.
        let with = countries(text, &Options::default().with_in_name(true));
        let in_name: Vec<(String, (usize, usize))> = with
            .iter()
            .filter(|(_, _, f)| *f == Form::InName)
            .map(|(id, span, _)| (id.clone(), *span))
            .collect();
        let want: Vec<(String, (usize, usize))> = extra
            .iter()
            .map(|(_, id, span)| (id.clone(), *span))
            .collect();
        assert_eq!(in_name, sorted(want.clone()), "in_name: {text}");
        let all: Vec<(String, (usize, usize))> =
            with.into_iter().map(|(id, span, _)| (id, span)).collect();
        assert_eq!(
            all,
            sorted([positives, want].concat()),
            "with in_name: {text}"
        );
        cases += 1;
    }
    assert_eq!(cases, 57);
}

fn sorted(mut v: Vec<(String, (usize, usize))>) -> Vec<(String, (usize, usize))> {
    v.sort_by_key(|(_, span)| *span);
    v
}

/// Every row of the table acts: its name alone gives, with `in_name` on, an `in_name` mention of
/// each country whose effect is `in_name` and no mention of a country whose effect is
/// `suppress`.
#[test]
fn every_shadowing_name_shadows_the_countries_it_lists() {
    let table = include_str!("../gazetteers/shadowing_names.tsv");
    let mut rows = table.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = rows.next().expect("header").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (name, contains, effect) = (col("name"), col("contains"), col("effect"));
    let options = Options::default().with_in_name(true);
    let mut checked = 0;
    let mut failures = Vec::new();
    for row in rows {
        let cells: Vec<&str> = row.split('\t').collect();
        let text = format!("قال {} أمس", cells[name]);
        let got = countries(&text, &options);
        let effects: Vec<&str> = cells[effect].split('|').collect();
        for (i, id) in cells[contains].split('|').enumerate() {
            let e = effects.get(i).unwrap_or(&effects[0]);
            let of_id: Vec<&Form> = got.iter().filter(|g| g.0 == id).map(|g| &g.2).collect();
            let ok = match *e {
                // a country named twice in the name (الجامعة الأميركية بواشنطن) is named twice
                "in_name" => !of_id.is_empty() && of_id.iter().all(|f| **f == Form::InName),
                _ => of_id.is_empty(),
            };
            if !ok {
                failures.push(format!("{row}: {got:?}"));
            }
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 330, "{checked}");
}
