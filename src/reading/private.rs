//! Private detail by its words: which field of a person's life a word
//! tells of (health, family, money, childcare), and what reads as
//! clinical. Kept apart from the reading's sentences so the evaluation of
//! a sentence can ask it too.

use super::tokens::Token;

/// What a piece of private detail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Private {
    /// An illness, an injury or its treatment.
    Health,
    /// A pregnancy, a birth, a divorce, a family quarrel.
    Family,
    /// Debts, bills, rent, housing.
    Money,
    /// Who looks after the children: a childminder, a nursery place, the
    /// school run.
    Childcare,
}

/// The field of private detail a word tells of, if any: a condition, a
/// symptom, a test, a treatment or a clinician; a family event or
/// quarrel; money trouble or housing. Everyday words for a short illness
/// ("flu", "unwell") are not detail: they are the brief reason.
pub fn private_field(w: &str) -> Option<Private> {
    let health = matches!(
        w,
        // where and how it is treated
        "hospital" | "hospitalised" | "hospitalized" | "surgery"
            | "admitted" | "icu" | "rehab" | "drip" | "drips" | "chemo"
            | "chemotherapy" | "radiotherapy" | "therapy" | "therapist" | "physio"
            | "physiotherapy" | "medication" | "medications" | "meds" | "antibiotics"
            | "dialysis" | "transfusion" | "stitches"
            // who treats it
            | "surgeon" | "neurosurgeon" | "neurologist"
            | "neurology" | "oncologist" | "cardiologist" | "psychiatrist"
            | "obgyn" | "paediatrician" | "pediatrician"
            // how it was found
            | "diagnosed" | "diagnosis" | "mri" | "scan" | "scans" | "x-ray" | "xray"
            | "biopsy" | "ultrasound" | "ecg" | "symptoms" | "platelet"
            | "platelets"
            // what it is
            | "cancer" | "tumour" | "tumor" | "stroke" | "seizure" | "seizures"
            | "injury" | "injured" | "fracture" | "fractured" | "sprained"
            | "disc" | "hernia" | "herniated" | "diabetes" | "diabetic" | "dengue"
            | "malaria" | "typhoid" | "pneumonia" | "asthma" | "epilepsy" | "dementia"
            | "parkinson's" | "parkinsons" | "alzheimer's" | "alzheimers" | "arthritis"
            | "infection" | "illness" | "disease" | "sick" | "depression" | "depressed"
            | "anxiety" | "panic" | "burnout" | "burned" | "burnt" | "breakdown"
            | "miscarriage" | "ivf"
            // how it feels
            // who is seen and what is taken for it
            | "cbt" | "counselling" | "counseling" | "antidepressants"
            | "sertraline" | "insulin" | "inhaler" | "hip" | "knee"
            | "collapsed" | "clot" | "ambulance" | "headaches" | "migraines" | "numbness" | "dizziness" | "vomiting"
            | "nausea" | "fever" | "rash" | "swelling" | "bleeding" | "paralysed"
            | "paralyzed" | "steroids" | "dehydration" | "dehydrated" | "crohn" | "crohns"
            | "flare-up" | "ibs" | "angiogram" | "angioplasty" | "bypass" | "stent" | "angina"
            | "concussion" | "sciatica" | "vertigo" | "contraception" | "contraceptive"
            | "vomit" | "vomited" | "diarrhoea" | "diarrhea" | "gallbladder" | "kidney"
            | "contraceptives" | "migraine"
    ) || medical_shape(w);
    let family = matches!(
        w,
        "pregnant"
            | "pregnancy"
            | "divorce"
            | "divorcing"
            | "separated"
            | "separation"
            | "custody"
            | "affair"
            | "arguing"
            | "argument"
            | "estranged"
            | "speaking"
            | "falling"
    );
    let money = matches!(
        w,
        "debt"
            | "debts"
            | "loan"
            | "loans"
            | "repayments"
            | "overdraft"
            | "bankrupt"
            | "bankruptcy"
            | "mortgage"
            | "remortgage"
            | "remortgaged"
            | "refinance"
            | "refinanced"
            | "refinancing"
            | "arrears"
            | "bills"
            | "afford"
            | "evicted"
            | "eviction"
            | "savings"
            | "rent"
    );
    let childcare = matches!(
        w,
        "childcare"
            | "child-care"
            | "childminder"
            | "childminders"
            | "babysitter"
            | "babysitting"
            | "daycare"
            | "day-care"
            | "creche"
            | "crèche"
    );
    if health {
        Some(Private::Health)
    } else if childcare {
        Some(Private::Childcare)
    } else if family {
        Some(Private::Family)
    } else if money {
        Some(Private::Money)
    } else {
        None
    }
}

/// Words of health that name a condition, a treatment or a test and
/// nothing else ("disc", "dialysis", "MRI"), unlike "sick", "burned out"
/// or "panic", which are said of workplaces and days too.
pub fn is_clinical(w: &str) -> bool {
    matches!(
        w,
        "disc"
            | "hernia"
            | "herniated"
            | "fracture"
            | "fractured"
            | "sprained"
            | "tumour"
            | "tumor"
            | "cancer"
            | "chemo"
            | "chemotherapy"
            | "radiotherapy"
            | "dialysis"
            | "mri"
            | "biopsy"
            | "ultrasound"
            | "ecg"
            | "x-ray"
            | "xray"
            | "surgeon"
            | "neurologist"
            | "oncologist"
            | "cardiologist"
            | "seizure"
            | "seizures"
            | "diabetes"
            | "epilepsy"
            | "miscarriage"
            | "ivf"
            | "transfusion"
            | "stitches"
            | "physio"
            | "physiotherapy"
            | "antibiotics"
            | "angiogram"
            | "angioplasty"
            | "stent"
            | "steroids"
            | "crohn"
            | "crohns"
            | "concussion"
            | "diagnosed"
            | "diagnosis"
            | "migraine"
            | "migraines"
    ) || medical_shape(w)
}

/// A word shaped like the name of an illness or a procedure: an
/// inflammation ("colitis", "appendicitis"), a condition ("thrombosis",
/// "endometriosis"), a removal or a cut ("appendectomy", "tracheotomy"), a
/// look inside ("colonoscopy"), a blood disorder ("anaemia", "leukemia"),
/// a pain or a palsy ("neuralgia", "hemiplegia"). Medicine names these
/// with a few Greek endings, so no list of illnesses can keep up with it.
fn medical_shape(w: &str) -> bool {
    const ENDINGS: &[(&str, usize)] = &[
        ("itis", 7),
        ("osis", 8),
        ("ectomy", 8),
        ("otomy", 8),
        ("oscopy", 8),
        ("aemia", 7),
        ("emia", 7),
        ("algia", 7),
        ("plegia", 8),
    ];
    // ("academia" and "Bohemia" only look like it)
    w.is_ascii()
        && !matches!(w, "academia" | "bohemia")
        && ENDINGS
            .iter()
            .any(|&(end, min)| w.len() >= min && w.ends_with(end))
}

/// Whether token `k` is a part of the body someone hurt: "I hurt my
/// back", "she broke her wrist", "I've torn a ligament in my knee" reads
/// at "knee" only through its own word; this reads the injury told with
/// a verb of hurting and the owner before the part.
pub(super) fn injured_part(t: &[Token], k: usize) -> bool {
    let part = matches!(
        t[k].word.as_str(),
        "back"
            | "neck"
            | "shoulder"
            | "shoulders"
            | "wrist"
            | "ankle"
            | "leg"
            | "legs"
            | "arm"
            | "arms"
            | "spine"
            | "foot"
            | "feet"
            | "hand"
            | "elbow"
            | "ribs"
            | "rib"
            | "pelvis"
            | "hamstring"
            | "achilles"
            | "ligament"
            | "tendon"
            | "jaw"
            | "collarbone"
    );
    let owner = |j: usize| matches!(t[j].word.as_str(), "my" | "his" | "her" | "their");
    let hurt = |j: usize| {
        matches!(
            t[j].word.as_str(),
            "hurt"
                | "injured"
                | "broke"
                | "broken"
                | "sprained"
                | "strained"
                | "twisted"
                | "pulled"
                | "tore"
                | "torn"
                | "dislocated"
                | "fractured"
                | "damaged"
                | "put"
        )
    };
    // "put my back out": the verb "put" only with "out" after the part
    part && k >= 2
        && owner(k - 1)
        && hurt(k - 2)
        && (t[k - 2].word != "put" || t.get(k + 1).is_some_and(|n| n.word == "out"))
}
