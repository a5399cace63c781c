//! Realistic decline-message text for the benchmarks and the latency harness.

/// Paragraphs of the sort people write when declining an interview,
/// some polished, some with the problems tactful flags.
pub const PARAGRAPHS: &[&str] = &[
    "Thank you so much for inviting me to interview for the Senior Data Engineer role at Northwind. I really appreciated the time Priya took to walk me through the team and the roadmap last week.",
    "After a lot of thought, I have decided to withdraw my application. I recently accepted an offer that is a closer match for where I want to take my career, and it would not be fair to take up your team's time.",
    "I'm so sorry for the late reply, and I'm sorry again for any inconvenience. Something came up this week and I just don't think it's the right time for me to move forward with the process.",
    "Honestly, the salary range you mentioned is quite a bit lower than I expected for someone with seven years of experience, so unless there is flexibility there I will have to pass on the interview.",
    "I would be glad to stay in touch, and I hope our paths cross again. If a more senior opening comes up on the platform team in the future, please do keep me in mind.",
    "Please pass my thanks on to the hiring panel. Everyone I spoke with was kind and thoughtful, and I left each conversation with a better understanding of what makes the company special.",
    "I am not sure this role is right for me at the moment, so I might pass on the next round. Maybe we can talk again later in the year if things change on either side.",
    "Due to personal reasons I am unable to continue with the interview process. I appreciate your understanding and wish you the very best in finding the right person for the position.",
];

/// A Markdown message of roughly `target` bytes: front matter, subject,
/// greeting, paragraphs repeated round-robin, sign-off.
pub fn message(target: usize) -> String {
    let mut s = String::from(
        "---\nmedium: email\n---\nSubject: Re: Interview invitation for the Senior Data Engineer role\n\nHi Jordan,\n\n",
    );
    let sign_off = "Best regards,\n\nAlex Morgan\n";
    let mut i = 0;
    while s.len() + sign_off.len() < target {
        s.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        s.push_str("\n\n");
        i += 1;
    }
    s.push_str(sign_off);
    s
}
