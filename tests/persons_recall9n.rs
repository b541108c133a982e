//! Rows added by the recall9n audit (Sky News Arabia 2018, international news lines 3001-3030
//! and 20 lines drawn with seed 104): spellings of Mevlüt Çavuşoğlu (one waw), Danilo Toninelli
//! (surname with a double lam) and Jeff Sessions (without the final zay). Every sentence is
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
