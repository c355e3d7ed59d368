# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: every error, as a person hears it.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

## Errors
error-login-failed = እዚ ቅኑዕ ኣይኮነን። እንደገና ፈትኒ።
error-login-locked =
    { $minutes ->
        [one] ብዙሕ ፈተነታት። ሓንቲ ደቒቕ ተጸበዪ፣ ድሕሪኡ እንደገና ፈትኒ።
       *[other] ብዙሕ ፈተነታት። { $minutes } ደቓይቕ ተጸበዪ፣ ድሕሪኡ እንደገና ፈትኒ።
    }
error-not-allowed = ነዚ መምርሒት ጥራይ እያ ክትገብሮ ትኽእል።
error-invalid-input = ዝጸሓፍክዮ ወይ ዝመረጽክዮ ኣረጋግጺ።
error-image-unreadable = እቲ ስእሊ ክኽፈት ኣይክእልን። ተበላሽዩ ኣሎ፣ ወይ ስእሊ ኣይኮነን።
error-image-too-large = እቲ ስእሊ ኣዝዩ ዓቢ እዩ። ንእሽቶ ስእሊ ምረጺ።
error-database-too-new = እቲ ሓበሬታ ብሓድሽ Mestre እዩ ተሰሪሑ። ነቲ ኣፕ ኣሐድሲ።
error-database-unavailable = እቲ ሓበሬታ ክኽፈት ኣይክእልን።
error-not-found = ኣይተረኽበን።
error-setup-state = እቲ ካፈ ድሮ ተዳልዩ ኣሎ።
error-storage = ኣብ ምዕቃብ ጌጋ ተፈጢሩ። ዋላ ሓንቲ ኣይተሰረዘን።
error-peer-unreachable = እቲ ካልእ መሳርሒ ኣይተረኽበን። ክልቲኦም ኣብ ሓደ መርበብ ምህላዎም ኣረጋግጺ።
error-not-paired = እዚ መሳርሒ ምስቲ ካልእ ኣይተኣሳሰረን። መጀመርታ ኣራኽቢዮም።
error-sync-interrupted = ምትእስሳር ተቋሪጹ። ዋላ ሓንቲ ኣይጠፍአን። እንደገና ፈትኒ።
error-sync-refused = እቲ ካልእ መሳርሒ ኣብዩ። እንደገና ፈትኒ፣ ወይ ደጊምኪ ኣራኽቢ።
error-schema-mismatch = እቶም መሳርሒታት ዝተፈላለየ ሕታም Mestre ኣለዎም። ክልቲኦም ኣሐድሲ።
error-pairing-wrong-code = ጌጋ ኮድ። እንደገና ፈትኒ።
error-pairing-closed = እቲ ኮድ ድሕሪ ሕጂ ኣይሰርሕን። ሓድሽ ኮድ ሕተቲ።
error-voice-pack-unreadable = እዚ ፋይል ናይ Mestre ጥቕላል ድምጺ ኣይኮነን፣ ወይ ተበላሺዩ ኣሎ።
error-recording-empty = እቲ ቅዳሕ ባዶ እዩ። ቀረባ ኴንኪ ተዛረቢ፣ እንደገና ፈትኒ።
error-audio-unreadable = እቲ ቅዳሕ ክጻወት ኣይክእልን። ተበላሽዩ ኣሎ።
error-microphone-missing = ማይክሮፎን ኣይተረኽበን። ንመምርሒት ሓገዝ ሕተቲ።
error-microphone-busy = እቲ ማይክሮፎን ኣብ ስራሕ ኣሎ ወይ ኣይሰርሕን። ድሕሪ ቁሩብ ፈትኒ።
# review: the three messages below are new.
error-other-cafe = እዚ መሳርሒ ናይ ካልእ ካፈ እዩ።
error-pairing-busy = እቲ ካልእ መሳርሒ ተጸሚዱ ኣሎ። ቁሩብ ተጸበ እሞ ደጊምካ ፈትን።
error-mentor-key-missing = መፍትሕ መምህር ገና ኣብዚ መሳርሒ የለን። ቅድሚ ኹሉ ምስ ኮምፒተር እቲ ካፈ ኣተኣሳስር።
error-printer-unavailable = ዝኾነ ማሕተሚ ኣይተቐበሎን። እቲ PDF ተዓቂቡ ኣሎ።
error-reading-out-of-range = ቴርሞሜተር ነዚ ከርኢ ኣይክእልን። ደጊምኪ ርኣዪ እሞ ቁጽሪ ደጊምኪ ጽሓፊ።
# review: not yet read by a native speaker
error-aim-not-in-plan = እዚ ዕላማ ገና ኣብ መደባ የለን። ቅድም ናብ መደብ ወስኽዮ።
# review: not yet read by a native speaker
error-mark-out-of-order = ምልክታት ብስርዓት ይመጹ፡ ቀዳማይ P፡ ድሕሪኡ F፡ ድሕሪኡ K።
# review: not yet read by a native speaker
error-evidence-missing = K መረጋገጺ የድልዮ። ቅድም እንተወሓደ ሓደ መረጋገጺ ወስኺ።
# review: not yet read by a native speaker
error-comment-missing = ሓደ ስጉምቲ ንድሕሪት ክትምለሲ ከለኺ ስለምንታይ ጽሓፊ ወይ ተዛረቢ።
# review: not yet read by a native speaker
error-credential-invalid = እዚ ምስክር ወረቐት ተጎዲኡ ወይ ድሕሪ ምፍራሙ ተቐይሩ። ክእመን ኣይክእልን።
# review: not yet read by a native speaker
error-aim-not-checked = Open Badge ዕላማ ምስ ተረጋገጸ (K) ይስራሕ።
