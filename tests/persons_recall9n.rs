//! Rows added by the recall9n audit (Sky News Arabia 2018, international news lines 3001-3030
//! and 20 lines drawn with seed 104): spellings of Mevlüt Çavuşoğlu (one waw), Danilo Toninelli
//! (surname with a double lam) and Jeff Sessions (without the final zay); Bill Shorten and the
//! Australian Labor Party (a party record; its name leaves shadowing_names.tsv), led by Shorten
//! from 2013-10-13 to 2019-05-30 and by Anthony Albanese since. Every sentence is
//! written for this test.

mod common;
use common::check_spans as check;

#[test]
fn cavusoglu_with_a_single_waw() {
    check(
        "التقى مولود تشاوش أوغلو نظيره الألماني، وأكد تشاوش أوغلو أن المحادثات كانت مثمرة.",
        "2018-09-20",
        &[
            ("مولود تشاوش أوغلو", 11, 43, "mevlut-cavusoglu"),
            ("نظيره الألماني", 44, 71, "heiko-maas"),
            ("تشاوش أوغلو", 83, 104, "mevlut-cavusoglu"),
        ],
    );
}

#[test]
fn toninelli_with_a_double_lam() {
    check(
        "زار دانيلو تونينيللي ميناء نابولي، وأعلن تونينيللي خطة لإصلاح الطرق.",
        "2018-10-02",
        &[
            ("دانيلو تونينيللي", 7, 38, "danilo-toninelli"),
            ("تونينيللي", 76, 94, "danilo-toninelli"),
        ],
    );
    check(
        "أعلن تونينيللي خطة جديدة للسكك الحديدية.",
        "2019-03-12",
        &[("تونينيللي", 9, 27, "danilo-toninelli")],
    );
}

#[test]
fn sessions_without_the_final_zay() {
    check(
        "وجه جيف سيشن المدعين الفدراليين إلى تشديد العقوبات.",
        "2018-05-03",
        &[("جيف سيشن", 7, 22, "jeff-sessions")],
    );
}

#[test]
fn shorten_leads_the_australian_labor_party_until_albanese() {
    check(
        "انتقد بيل شورتن زعيم حزب العمال الأسترالي خطة الحكومة، ثم قال شورتن إن الانتخابات قريبة.",
        "2018-09-05",
        &[
            ("بيل شورتن", 11, 28, "bill-shorten"),
            ("زعيم حزب العمال الأسترالي", 29, 76, "bill-shorten"),
            ("شورتن", 113, 123, "bill-shorten"),
        ],
    );
    check(
        "قال شورتن إن حزبه سيفوز.",
        "2018-09-05",
        &[("شورتن", 7, 17, "bill-shorten")],
    );
    check(
        "عقد زعيم حزب العمال الأسترالي مؤتمرا صحفيا.",
        "2020-02-01",
        &[("زعيم حزب العمال الأسترالي", 7, 54, "anthony-albanese")],
    );
}
