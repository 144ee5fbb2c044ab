"""The gate of the step cues: the words every cue of a narrated plan starts with (``step_cues``
asks it of a sentence's words before the scans of the cues themselves)."""

from __future__ import annotations

import re

from briefgen.extract.patterns import WordStarts

# The words every cue of a narrated plan starts with. Most sentences have none, and one scan for
# them spares the twenty scans of the cues themselves (tests/test_extract_steps.py checks that no
# cue found in the real corpus or the eval set escapes it).
CUE_WORDS = re.compile(
    r"\b(?:(?:ber)?sepakat|menyepakati|disepakati|kesepakatan|berencana|merencanakan|direncanakan|rencana"
    r"|menindaklanjuti|ditindaklanjuti|tindak|berkomitmen|komitmen|berjanji|bertekad|guna|dijadwalkan"
    r"|menjadwalkan|coba|mencoba|menargetkan|ditarget(?:kan)?|ditugaskan|ditugasi|penugasan|menugaskan|siap|diharapkan|akan"
    r"|bakal|segera|nanti|wajib|diwajibkan|dibuka|berlaku|mulai|diberlakukan|beroperasi|instruksi"
    r"|instruksikan|menginstruksikan|diinstruksikan|memerintahkan|diperintahkan|meminta|memintanya|minta"
    r"|diminta|memohon|mohon|mendorong|mengimbau|menghimbau|mengundang|serahkan|menyerahkan|memberi"
    r"|memberikan|arahan|harus|mesti|menunggu|menunda|ditunda|diundur|mengundurkan|memperpanjang"
    r"|diperpanjang|tugas|menetapkan|ditetapkan|kesiapan|mengusulkan|diusulkan|menawarkan|dukungan|mendukung"
    r"|sedang|tengah|mendesak|intruksi|mengintruksikan|diintruksikan|berlangsung|ingin|persiapan"
    r"|agree\w*|plan\w*|set|scheduled|aims?|commit\w*|pledge\w*|vow\w*|intends?|target\w*|will|would|shall"
    r"|postpone\w*|extend\w*|prolong\w*|ask\w*|request\w*|urge\w*|advise\w*|instruct\w*|order\w*|invit\w*"
    r"|call\w*|appeal\w*|direct\w*|task\w*|tolong|maka|perlu|won|memastikan|diimbau|dihimbau|imbau|himbau|dianjurkan|disarankan"
    r"|berpesan|edaran|must|should|needs?|has\s+to|have\s+to|stands?\s+ready|mandated|entrusted"
    r"|setuju|menyetujui|(?:ber)?mufakat|bersedia|sanggup|\w+agendakan|\w+programkan|mematok|dipatok"
    r"|membidik|dibidik|mengejar|mengebut|memprioritaskan|memasang|mencanangkan|willing|(?:is|are|was|were)\s+to|going|tetap|terus"
    r"|pasti|kewajiban|berkewajiban|berusaha|berupaya|mengingatkan|mengarahkan|mengajak|menekankan|menegaskan"
    r"|menyampaikan|diingatkan|diarahkan|mengajak|held|kalau|jika|apabila|bila|tekankan|mengincar|bilang"
    r"|berkata|demand\w*|sought|sanksi|dilaksanakan|digelar|diselenggarakan|diadakan|dilakukan|dimulai|disalurkan|didistribusikan"
    r"|dibagikan|memacu|ingatkan|perintahkan|encourag\w*|remind\w*|tell|tells|told|press(?:es|ed)|push(?:es|ed)"
    r"|command\w*|dihelat|ready|tegaskan|ditujukan|anggaran\w*|dana(?:nya)?|mewajibkan|menyiapkan|mempersiapkan|menyediakan|menyiagakan|mengerahkan"
    r"|disiapkan|disiagakan|dikerahkan|langkah|tahap|tahapan|agenda|menggelar|menyelenggarakan|mengadakan"
    r"|menghelat|menganggarkan|dianggarkan|mendatang|depan|preparing|drafting|finali[sz]ing|formulating"
    # (the cues of round 4: the speaker's bare verb of a plan, a matter still being worked out, a
    # deadline told first, money set aside, a recommendation, support sought)
    r"|rencanakan|jadwalkan|agendakan|programkan|anggarkan|pembahasan|perencanaan|pengkajian|kajian|penyusunan"
    r"|finalisasi|pematangan|perumusan|dibahas|dikaji|digodok|dirumuskan|dimatangkan|difinalisasi|disusun"
    r"|discussion\w*|talks|deliberation\w*|review|study|consideration|maksimal|lambat\w*|mengalokasikan"
    r"|menggelontorkan|allocated|earmarked|aside|budgeted|merekomendasikan|direkomendasikan|seek\w*"
    r"|mentargetkan|diajak|making|being|sepakati|disetujui|fokus|prioritas|rapat|rakor|bersidang"
    r"|bisa)",  # "baru bisa dimulai pada pertengahan 2027": what can be done from a time to come
    re.IGNORECASE,
)
CUE_WORD_STARTS = WordStarts(CUE_WORDS)  # the gate of find_cues, asked of the sentence's words
