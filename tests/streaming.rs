//! The streaming API: one document per line, bounded memory, nothing lost at buffer borders,
//! bad lines reported and skipped.

use std::io::BufReader;

use alam::{Error, Extractor, Options};

#[test]
fn every_line_is_one_document_even_across_tiny_buffers() {
    // Documents long enough to span many 7-byte buffer refills, names split at every border.
    let lines: Vec<String> = (0..200)
        .map(|i| {
            format!(
                "{} قال مسؤول في طهران إن وفداً سيزور دمشق والعراق {i}",
                "كلام ".repeat(i % 7)
            )
        })
        .collect();
    let input = lines.join("\r\n");
    let reader = BufReader::with_capacity(7, input.as_bytes());
    let ex = Extractor::default_ref();
    let mut n = 0;
    for (i, doc) in ex.documents(reader, Options::default(), "test").enumerate() {
        let doc = doc.expect("valid line");
        assert_eq!(doc.line, i + 1);
        assert_eq!(doc.text, lines[i]);
        let ids: Vec<&str> = doc.entities.iter().map(|e| e.id().unwrap_or("")).collect();
        assert_eq!(ids, ["IR", "SY", "IQ"], "line {}", doc.line);
        // offsets are relative to the line and equal to a one-shot extraction
        let alone: Vec<_> = ex.extract(&lines[i]).iter().map(|e| e.span).collect();
        let streamed: Vec<_> = doc.entities.iter().map(|e| e.span).collect();
        assert_eq!(alone, streamed);
        n += 1;
    }
    assert_eq!(n, 200);
}

#[test]
fn an_invalid_line_is_an_error_naming_it_and_the_stream_goes_on() {
    let mut input = "في سوريا\n".as_bytes().to_vec();
    input.extend_from_slice(b"\xff\xfe bad\n");
    input.extend_from_slice("في لبنان".as_bytes());
    let ex = Extractor::default_ref();
    let items: Vec<_> = ex
        .documents(&input[..], Options::default(), "feed.txt")
        .collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().expect("ok").entities[0].id(), Some("SY"));
    match &items[1] {
        Err(e @ Error::Utf8 { line: 2, .. }) => assert!(e.to_string().starts_with("feed.txt:2:")),
        other => panic!("expected a UTF-8 error on line 2, got {other:?}"),
    }
    assert_eq!(items[2].as_ref().expect("ok").entities[0].id(), Some("LB"));
}

#[test]
fn an_invalid_line_is_reported_with_its_offset_within_the_line() {
    // Line 3 has 10 valid bytes (سوريا) and a space before the invalid byte; a file offset
    // would be 31 (the bytes of lines 1 and 2 included).
    let mut input = "زار الوفد دمشق\n\n".as_bytes().to_vec();
    input.extend_from_slice("سوريا ".as_bytes());
    input.extend_from_slice(&[0xFF, b'\n']);
    input.extend_from_slice("بغداد\n".as_bytes());
    let ex = alam::Extractor::default_ref();
    let items: Vec<_> = ex
        .documents(&input[..], alam::Options::default(), "corpus.txt")
        .collect();
    assert_eq!(items.len(), 4);
    let err = items[2].as_ref().expect_err("line 3 is not UTF-8");
    assert!(
        matches!(
            err,
            alam::Error::Utf8 {
                line: 3,
                offset: 11,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "corpus.txt:3: not valid UTF-8 (byte offset 11 of line 3)"
    );
    let last = items[3].as_ref().expect("the stream goes on");
    assert_eq!(last.entities[0].id(), Some("IQ"));
}
