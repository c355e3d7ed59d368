# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: every error, as a person hears it.
# review: the whole file needs a check by a native Pashto speaker at the café.

## Errors
error-login-failed = دا سم نه و. بیا هڅه وکړئ.
error-login-locked =
    { $minutes ->
        [one] ډېرې هڅې. یوه دقیقه صبر وکړئ، بیا هڅه وکړئ.
       *[other] ډېرې هڅې. { $minutes } دقیقې صبر وکړئ، بیا هڅه وکړئ.
    }
error-not-allowed = یوازې لارښوده دا کار کولی شي.
error-invalid-input = هغه څه وګورئ چې مو لیکلي یا ټاکلي دي.
error-image-unreadable = انځور نه خلاصېږي. خراب دی، یا انځور نه دی.
error-image-too-large = انځور ډېر لوی دی. کوچنی انځور وټاکئ.
error-database-too-new = معلومات د Mestre له نوې نسخې جوړ شوي. اپ تازه کړئ.
error-database-unavailable = معلومات نه خلاصېږي.
error-not-found = ونه موندل شو.
error-setup-state = کافه له مخکې جوړه شوې ده.
error-storage = د خوندي کولو پر مهال ستونزه پېښه شوه. هېڅ شی نه دی ړنګ شوی.
error-peer-unreachable = بله وسیله ونه موندل شوه. وګورئ چې دواړه په یوه شبکه کې وي.
error-not-paired = دا وسیله له بلې سره نه ده نښلول شوې. لومړی یې سره ونښلوئ.
error-sync-interrupted = همغږي پرې شوه. هېڅ شی ورک نه شو. بیا هڅه وکړئ.
error-sync-refused = بلې وسیلې ونه منله. بیا هڅه وکړئ، یا یې بیا سره ونښلوئ.
error-schema-mismatch = وسیلې د Mestre بېلې نسخې لري. دواړه تازه کړئ.
error-pairing-wrong-code = کوډ غلط دی. بیا هڅه وکړئ.
error-pairing-closed = کوډ نور د اعتبار وړ نه دی. نوی کوډ وغواړئ.
error-voice-pack-unreadable = دا فایل د Mestre د غږ بسته نه ده، یا خرابه ده.
error-recording-empty = ثبت تش دی. لږ نږدې خبرې وکړئ او بیا هڅه وکړئ.
error-audio-unreadable = ثبت نه غږېږي. خراب دی.
error-microphone-missing = مایکروفون ونه موندل شو. له لارښودې مرسته وغواړئ.
error-microphone-busy = مایکروفون بوخت دی یا کار نه کوي. لږ وروسته بیا هڅه وکړئ.
# review: the three messages below are new.
error-other-cafe = دا وسیله د بلې کافې ده.
error-pairing-busy = بله وسیله بوخته ده. لږ صبر وکړئ او بیا هڅه وکړئ.
error-mentor-key-missing = ستاسو د ښوونکې کیلي لا په دې وسیله کې نشته. لومړی د کافې له کمپیوټر سره همغږي وکړئ.
error-printer-unavailable = هیڅ پرنټر چاپ ونه مانه. PDF خوندي شوی دی.
error-reading-out-of-range = ترمامیټر دا نشي ښودلی. بیا وګوره او شمېره بیا ولیکه.
# review: not yet read by a native speaker
error-aim-not-in-plan = دا موخه لا د هغې په پلان کې نه ده. لومړی یې پلان ته ور زیاته کړه.
# review: not yet read by a native speaker
error-mark-out-of-order = نښې په ترتیب راځي: لومړی P، بیا F، بیا K.
# review: not yet read by a native speaker
error-evidence-missing = K شاهد ته اړتیا لري. لومړی لږ تر لږه یو شاهد ور زیات کړه.
# review: not yet read by a native speaker
error-comment-missing = کله چې یو ګام شاته ځې، ولیکه یا ووایه چې ولې.
# review: not yet read by a native speaker
error-credential-invalid = دا سند خراب دی یا له لاسلیک وروسته بدل شوی. باور پرې نه شي کېدای.
# review: not yet read by a native speaker
error-aim-not-checked = Open Badge هغه وخت جوړېږي چې موخه تایید شي (K).
