# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: connecting devices and syncing.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

## Sync
sync-now = ሕጂ ኣተኣሳስሪ
sync-last = ናይ መወዳእታ ምትእስሳር: { $when }
sync-never = ገና ኣይተኣሳሰረን
sync-running = ይተኣሳሰር ኣሎ …
sync-rows = ሓበሬታ: { $done } ካብ { $total }
sync-media = ስእልታት: { $done } ካብ { $total }
sync-done = ተወዲኡ! ክልቲኦም ሓደ እዮም።
connect-tablet = ታብሌት ኣራኽቢ
connect-laptop = ምስ ኮምፒተር መምርሒት ኣራኽቢ
pair-code-title = ናይ ምርኻብ ኮድ
pair-code-help = ነዞም ቁጽርታት ኣብ ታብሌት ጽሓፊ፣ ወይ ነቲ ስእሊ ብካሜራ ስከኒ።
pair-code-expires = እቲ ኮድ ን{ $minutes } ደቓይቕ ይሰርሕ።
pair-address = ኣድራሻ ኮምፒተር
pair-code-label = ኮድ (ሽዱሽተ ቁጽርታት)
pair-join-submit = ኣራኽቢ
pair-done = ምስ { $name } ተራኺቡ።
paired-devices = ዝተራኸቡ መሳርሒታት
unpair = ፍለዪ
pair-none = ገና ዝተራኸበ መሳርሒ የለን።
sync-photo-coming = እቲ ስእሊ ምስ ዝቕጽል ምትእስሳር ይመጽእ።
pair-scan = ነቲ ኮድ ብካሜራ ስከኒ
