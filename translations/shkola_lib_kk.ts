<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AddCopiesDialog</name>
    <message>
        <source>Add copies</source>
        <translation>Даналар қосу</translation>
    </message>
    <message>
        <source>&amp;One copy with its own number and barcode</source>
        <translation>&amp;Жеке дана: өз нөмірі мен штрихкодымен</translation>
    </message>
    <message>
        <source>Number of &amp;copies:</source>
        <translation>Даналар &amp;саны:</translation>
    </message>
    <message>
        <source>&amp;First inventory number:</source>
        <translation>&amp;Алғашқы түгендеу нөмірі:</translation>
    </message>
    <message>
        <source>scan or type; may stay empty</source>
        <translation>сканерлеңіз не теріңіз; бос қалуы мүмкін</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Сақталатын &amp;орны:</translation>
    </message>
    <message>
        <source>Acquisition &amp;date:</source>
        <translation>Түскен кү&amp;ні:</translation>
    </message>
    <message>
        <source>supplier, gift, transfer…</source>
        <translation>жеткізуші, сыйлық, басқа кітапханадан…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Қайдан түсті:</translation>
    </message>
    <message>
        <source>&amp;Price per copy:</source>
        <translation>Бір дананың &amp;бағасы:</translation>
    </message>
    <message>
        <source>e.g. 12/2026</source>
        <translation>мысалы, 12/2026</translation>
    </message>
    <message>
        <source>КСУ &amp;entry:</source>
        <translation>&amp;КСУ жазбасы:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>&amp;Inventory number:</source>
        <translation>&amp;Түгендеу нөмірі:</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>Дана қосу</translation>
    </message>
    <message>
        <source>Already in use: {numbers}
Choose another number.</source>
        <translation>Бұл нөмірлер бос емес: {numbers}
Басқа нөмір таңдаңыз.</translation>
    </message>
    <message>
        <source>The copy will get number {number}.</source>
        <translation>Данаға {number} нөмірі беріледі.</translation>
    </message>
    <message>
        <source>The copies will get numbers {first}–{last}.</source>
        <translation>Даналарға {first}–{last} нөмірлері беріледі.</translation>
    </message>
</context>
<context>
    <name>AddStockDialog</name>
    <message>
        <source>Add textbooks (counted stock)</source>
        <translation>Оқулық қосу (түгендеусіз есеп)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <source>e.g. 3/2026</source>
        <translation>мысалы, 3/2026</translation>
    </message>
    <message>
        <source>КСУ &amp;entry:</source>
        <translation>&amp;КСУ жазбасы:</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>&amp;Оқу жылы:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Сақталатын &amp;орны:</translation>
    </message>
    <message>
        <source>Acquisition &amp;date:</source>
        <translation>Түскен кү&amp;ні:</translation>
    </message>
    <message>
        <source>supplier, gift, transfer…</source>
        <translation>жеткізуші, сыйлық, басқа кітапханадан…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Қайдан түсті:</translation>
    </message>
    <message>
        <source>&amp;Price per copy:</source>
        <translation>Бір дананың &amp;бағасы:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The automatic backup when closing failed: {error}</source>
        <translation>Жабу кезінде автоматты сақтық көшірме жасалмады: {error}</translation>
    </message>
    <message>
        <source>The settings file was damaged; default settings are used.</source>
        <translation>Баптаулар файлы бүлінген; әдепкі баптаулар қолданылады.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>automatic</source>
        <translation>автоматты түрде</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>қолмен</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>импорт алдында</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>жаңарту алдында</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <source>{path} is not a Shkola-Lib catalog or backup.</source>
        <translation>{path} — Shkola-Lib каталогы да, оның сақтық көшірмесі де емес.</translation>
    </message>
    <message>
        <source>The copy failed its check: {problem}</source>
        <translation>Көшірме тексеруден өтпеді: {problem}</translation>
    </message>
    <message>
        <source>The backup {path} could not be made: {error}</source>
        <translation>{path} сақтық көшірмесін жасау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>The second backup place {folder} is not connected; the backup was kept on this computer only.</source>
        <translation>Сақтық көшірменің екінші орны ({folder}) қосылмаған; көшірме тек осы компьютерде сақталды.</translation>
    </message>
    <message>
        <source>The backup could not be copied to {folder}: {error}</source>
        <translation>Сақтық көшірмені {folder} бумасына көшіру мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>The copy for {folder} could not be written: {error}</source>
        <translation>{folder} үшін көшірмені жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick in?).</source>
        <translation>{folder} бумасы жоқ (флешка салынған ба?).</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Автоматты сақтық көшірме жасалмады: {error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Сақтық көшірме жазылды: {path}</translation>
    </message>
    <message>
        <source>and {path}</source>
        <translation>және {path}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <source>Copying the current catalog aside…</source>
        <translation>Қазіргі каталогтың көшірмесі сақталуда…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>{error}

The catalog was not changed.</source>
        <translation>{error}

Каталог өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Restore cancelled: the catalog was not changed.</source>
        <translation>Қалпына келтіру тоқтатылды: каталог өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The catalog of {date} is back: {records} records, {copies} copies.</source>
        <translation>{date} күнгі каталог қалпына келтірілді: {records} жазба, {copies} дана.</translation>
    </message>
    <message>
        <source>The catalog as it was before the restore is kept in {path}.</source>
        <translation>Қалпына келтіруге дейінгі каталог {path} файлында сақталды.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалуы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Сақтық көшірме баптаулары</translation>
    </message>
    <message>
        <source>The program backs the catalog up when it closes and once a day while it is open, into {folder}. It keeps one backup for each of the last 7 days, 4 weeks and 12 months.</source>
        <translation>Бағдарлама каталогтың сақтық көшірмесін жабылған кезде және ашық тұрғанда күніне бір рет {folder} бумасына жасайды. Соңғы 7 күннің, 4 аптаның және 12 айдың әрқайсысы үшін бір көшірме сақталады.</translation>
    </message>
    <message>
        <source>A second copy protects against a broken computer: choose a folder on a USB stick or a network folder. When it is not connected the program says so once.</source>
        <translation>Екінші көшірме компьютер бұзылған жағдайда сақтайды: флешкадағы буманы немесе желілік буманы таңдаңыз. Ол қосылмаған кезде бағдарлама бұл туралы бір рет ескертеді.</translation>
    </message>
    <message>
        <source>No second place</source>
        <translation>Екінші орын жоқ</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Тек&amp;серу</translation>
    </message>
    <message>
        <source>Second backup place</source>
        <translation>Сақтық көшірменің екінші орны</translation>
    </message>
    <message>
        <source>No second place is set.</source>
        <translation>Екінші орын таңдалмаған.</translation>
    </message>
    <message>
        <source>Backups can be written there.</source>
        <translation>Сақтық көшірмелерді сонда жазуға болады.</translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <source>1. Which copies</source>
        <translation>1. Қай даналар</translation>
    </message>
    <message>
        <source>e.g. 1001-1050</source>
        <translation>мысалы, 1001-1050</translation>
    </message>
    <message>
        <source>&amp;Not yet labelled ({n})</source>
        <translation>Жапсырмасы әлі &amp;басылмағандар ({n})</translation>
    </message>
    <message>
        <source>&amp;Not yet labelled</source>
        <translation>Жапсырмасы әлі &amp;басылмағандар</translation>
    </message>
    <message>
        <source>Added &amp;today ({n})</source>
        <translation>Бүгін &amp;қосылғандар ({n})</translation>
    </message>
    <message>
        <source>Added &amp;today</source>
        <translation>Бүгін &amp;қосылғандар</translation>
    </message>
    <message>
        <source>Added si&amp;nce</source>
        <translation>Мына &amp;күннен бері қосылғандар:</translation>
    </message>
    <message>
        <source>Copies of the s&amp;elected records ({n})</source>
        <translation>&amp;Таңдалған жазбалардың даналары ({n})</translation>
    </message>
    <message>
        <source>Copies of the records found by «{query}» ({n})</source>
        <translation>«{query}» бойынша табылған жазбалардың даналары ({n})</translation>
    </message>
    <message>
        <source>Copies of the records in the &amp;list ({n})</source>
        <translation>Ті&amp;зімдегі жазбалардың даналары ({n})</translation>
    </message>
    <message>
        <source>Inventory num&amp;bers</source>
        <translation>Түгендеу &amp;нөмірлері</translation>
    </message>
    <message>
        <source>Write the first and the last inventory number, e.g. 1001-1050.</source>
        <translation>Алғашқы және соңғы түгендеу нөмірін жазыңыз, мысалы, 1001-1050.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>{sheet} · {label}</source>
        <translation>{sheet} · {label}</translation>
    </message>
    <message>
        <source>Sheet {sheet}, label {label}</source>
        <translation>{sheet}-парақ, {label}-жапсырма</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>Түгендеу №</translation>
    </message>
    <message>
        <source>Shelf mark</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>where on the sheets a label is printed: sheet · label</comment>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Sheet · label</source>
        <translation>Парақ · жапсырма</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>SQLite: {line}</source>
        <translation>SQLite: {line}</translation>
    </message>
    <message>
        <source>{n} leftovers of records no longer in the catalog (authors, ISBNs, subjects or MARC fields) are still in the file.</source>
        <translation>Каталогта енді жоқ жазбалардың қалдықтары (авторлар, ISBN, тақырыптар немесе MARC өрістері) файлда әлі бар: {n}.</translation>
    </message>
    <message>
        <source>{n} records, copies or stock lots refer to an import no longer in the history.</source>
        <translation>Импорт тарихында енді жоқ импортқа сілтейтін жазбалар, даналар немесе түгендеусіз есеп топтары: {n}.</translation>
    </message>
    <message>
        <source>… and {n} more like these.</source>
        <translation>… және тағы {n} осындай.</translation>
    </message>
    <message>
        <source>the latest backup may still have it complete.</source>
        <translation>толық деректер соңғы сақтық көшірмеде болуы мүмкін.</translation>
    </message>
    <message>
        <source>Copy {number} belongs to a record no longer in the catalog; {backup}</source>
        <translation>{number} данасы каталогта енді жоқ жазбаға тиесілі; {backup}</translation>
    </message>
    <message>
        <source>Counted stock of КСУ entry {ksu} ({year}) belongs to a record no longer in the catalog; {backup}</source>
        <translation>КСУ жазбасы {ksu} ({year}) бойынша түгендеусіз есеп каталогта енді жоқ жазбаға тиесілі; {backup}</translation>
    </message>
    <message>
        <source>Write-off act {act} of {date} is for a copy or stock no longer in the catalog; {backup}</source>
        <translation>{date} күнгі {act} есептен шығару актісі каталогта енді жоқ данаға немесе оқулықтарға қатысты; {backup}</translation>
    </message>
    <message>
        <source>Table {table} row {row} points to a missing entry.</source>
        <translation>{table} кестесінің {row} жолы жоқ жазбаға сілтейді.</translation>
    </message>
    <message>
        <source>The search index has {indexed} entries for {live} records.</source>
        <translation>Іздеу индексінде {live} жазбаға {indexed} жол бар.</translation>
    </message>
    <message>
        <source>{n} records are missing from the search index.</source>
        <translation>Іздеу индексінде {n} жазба жоқ.</translation>
    </message>
    <message>
        <source>«{title}», counted stock of КСУ entry {ksu} ({year}): more copies written off than received.</source>
        <translation>«{title}», КСУ жазбасы {ksu} ({year}) бойынша түгендеусіз есептегі оқулықтар: түскеннен көп дана есептен шығарылған.</translation>
    </message>
    <message>
        <source>Record {id} has no title.</source>
        <translation>{id} жазбасының атауы жоқ.</translation>
    </message>
    <message>
        <source>Copy {number}: its status and its write-off act disagree.</source>
        <translation>{number} данасы: күйі мен есептен шығару актісі бір-біріне сәйкес емес.</translation>
    </message>
    <message>
        <source>The inventory counter ({high}) is below the highest number ({used}).</source>
        <translation>Түгендеу нөмірлерінің есептегіші ({high}) ең үлкен нөмірден ({used}) кіші.</translation>
    </message>
    <message>
        <source>Record {id} has no title; search for its inventory number {number} to give it one.</source>
        <translation>{id} жазбасының атауы жоқ; оған атау беру үшін оны {number} түгендеу нөмірі бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>Record {id} has no title; search for its ISBN {isbn} to give it one.</source>
        <translation>{id} жазбасының атауы жоқ; оған атау беру үшін оны {isbn} ISBN бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>The trigger {name} that tells the export which records changed is missing or altered; exports could write outdated fields.</source>
        <translation>Экспортқа қай жазбалар өзгергенін білдіретін {name} триггері жоқ немесе өзгертілген; экспорт ескірген өрістерді жазуы мүмкін.</translation>
    </message>
    <message>
        <source>The trigger {name} is missing or altered.</source>
        <translation>{name} триггері жоқ немесе өзгертілген.</translation>
    </message>
    <message>
        <source>The search index table {name} is missing or altered; the catalog cannot be searched and records cannot be saved.</source>
        <translation>{name} іздеу индексінің кестесі жоқ немесе өзгертілген; каталогта іздеу де, жазбаларды сақтау да мүмкін емес.</translation>
    </message>
    <message>
        <source>The index {name} is missing or altered; searches may be slow or fail.</source>
        <translation>{name} индексі жоқ немесе өзгертілген; іздеу баяу жұмыс істеуі немесе мүлде істемеуі мүмкін.</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <source>Checking the catalog…</source>
        <translation>Каталог тексерілуде…</translation>
    </message>
    <message>
        <source>Repair cancelled: nothing was changed.</source>
        <translation>Жөндеу тоқтатылды: ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Тексеру тоқтатылды.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Repaired. The catalog is in order.</source>
        <translation>Жөнделді. Каталог дұрыс.</translation>
    </message>
    <message>
        <source>The catalog is in order.</source>
        <translation>Каталог дұрыс.</translation>
    </message>
    <message>
        <source>{problems}

The catalog file itself is damaged, so nothing is repaired in it. Restore the latest backup: Catalog → Restore from a backup…</source>
        <translation>{problems}

Каталог файлының өзі зақымдалған, сондықтан онда ештеңе жөнделмейді. Соңғы сақтық көшірмені қалпына келтіріңіз: Каталог → Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>{problems}

Repair what can be repaired now?</source>
        <translation>{problems}

Жөндеуге болатынын қазір жөндеу керек пе?</translation>
    </message>
    <message>
        <source>Repairing the catalog…</source>
        <translation>Каталог жөнделуде…</translation>
    </message>
    <message>
        <source>{problems}

These cannot be repaired automatically: correct the records named here.</source>
        <translation>{problems}

Бұларды автоматты түрде жөндеу мүмкін емес: аталған жазбаларды қолмен түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>print shelf labels (QR code, shelf mark) to a PDF file</source>
        <translation>сөре жапсырмаларын (QR коды, шифр) PDF файлына шығару</translation>
    </message>
    <message>
        <source>Make a PDF of shelf labels for label sheets. Sheets: avery-3474, avery-l7160, avery-l7159, avery-l7651 or your own; layouts: standard, spine, spine-text, barcode, qr-and-barcode.</source>
        <translation>Жапсырма парақтарына басуға арналған PDF жасайды. Парақтар: avery-3474, avery-l7160, avery-l7159, avery-l7651 немесе өзіңіздікі; макеттер: standard, spine, spine-text, barcode, qr-and-barcode.</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>жазылатын PDF файлы</translation>
    </message>
    <message>
        <source>the label sheet (default avery-3474)</source>
        <translation>жапсырма парағы (әдепкі бойынша avery-3474)</translation>
    </message>
    <message>
        <source>what goes on a label (default standard)</source>
        <translation>жапсырмаға не басылады (әдепкі бойынша standard)</translation>
    </message>
    <message>
        <source>the first free label on a partly used sheet (default 1)</source>
        <translation>жартылай пайдаланылған парақтағы алғашқы бос жапсырма (әдепкі бойынша 1)</translation>
    </message>
    <message>
        <source>copies of the records found by Q</source>
        <translation>Q сұрауы бойынша табылған жазбалардың даналары</translation>
    </message>
    <message>
        <source>copies with inventory numbers in a range, e.g. 1001-1010</source>
        <translation>түгендеу нөмірлері аралықта жатқан даналар, мысалы, 1001-1010</translation>
    </message>
    <message>
        <source>copies whose labels were never printed</source>
        <translation>жапсырмасы әлі басылмаған даналар</translation>
    </message>
    <message>
        <source>copies added on or after DATE (YYYY-MM-DD, or “today”)</source>
        <translation>DATE күні немесе одан кейін қосылған даналар (ЖЖЖЖ-АА-КК немесе “today”)</translation>
    </message>
    <message>
        <source>printer correction: move the print right by MM (or left)</source>
        <translation>принтер түзетуі: басуды MM миллиметрге оңға (не солға) жылжыту</translation>
    </message>
    <message>
        <source>printer correction: move the print down by MM (or up)</source>
        <translation>принтер түзетуі: басуды MM миллиметрге төмен (не жоғары) жылжыту</translation>
    </message>
    <message>
        <source>printer correction: scale the print (default 1)</source>
        <translation>принтер түзетуі: басу масштабы (әдепкі бойынша 1)</translation>
    </message>
    <message>
        <source>the library&apos;s name, printed on layouts that show it</source>
        <translation>кітапхана атауы, оны көрсететін макеттерде басылады</translation>
    </message>
    <message>
        <source>what the QR code holds (default {inventory}; e.g. https://lib.example.kz/copy/{inventory})</source>
        <translation>QR кодында не жазылады (әдепкі бойынша {inventory}; мысалы, https://lib.example.kz/copy/{inventory})</translation>
    </message>
    <message>
        <source>remember these copies as labelled (for --unprinted)</source>
        <translation>бұл даналардың жапсырмасы басылды деп белгілеу (--unprinted үшін)</translation>
    </message>
    <message>
        <source>write the calibration page of the sheet instead of labels</source>
        <translation>жапсырмалардың орнына парақтың калибрлеу бетін жазу</translation>
    </message>
    <message>
        <source>Wrote the calibration page to {path}.</source>
        <translation>Калибрлеу беті {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Choose the copies: --query, --inventory, --unprinted or --added-since.</source>
        <translation>Даналарды таңдаңыз: --query, --inventory, --unprinted немесе --added-since.</translation>
    </message>
    <message>
        <source>--added-since needs a date like 2026-09-01.</source>
        <translation>--added-since үшін 2026-09-01 түріндегі күн керек.</translation>
    </message>
    <message>
        <source>No copies match; no labels were written.</source>
        <translation>Сәйкес дана жоқ; жапсырмалар жазылмады.</translation>
    </message>
    <message>
        <source>Wrote {n} labels on {sheets} sheets to {path}. The next free label on the last sheet is {next}.</source>
        <translation>{path} файлына {sheets} параққа {n} жапсырма жазылды. Соңғы парақтағы келесі бос жапсырма: {next}.</translation>
    </message>
    <message>
        <source>Marked {n} copies as labelled.</source>
        <translation>{n} дананың жапсырмасы басылды деп белгіленді.</translation>
    </message>
    <message>
        <source>Shkola-Lib, a school library catalog. Without a command, opens the desktop app.</source>
        <translation>Shkola-Lib — мектеп кітапханасының каталогы. Командасыз іске қосылса, бағдарлама терезесі ашылады.</translation>
    </message>
    <message>
        <source>The catalog file is chosen by --db, else by the SHKOLA_LIB_DB environment variable, else the default file in your user data folder.</source>
        <translation>Каталог файлы --db арқылы таңдалады, ол болмаса SHKOLA_LIB_DB орта айнымалысы бойынша, ол да болмаса пайдаланушы деректері бумасындағы әдепкі файл алынады.</translation>
    </message>
    <message>
        <source>the catalog file to use</source>
        <translation>пайдаланылатын каталог файлы</translation>
    </message>
    <message>
        <source>interface language (kk, ru or en)</source>
        <translation>интерфейс тілі (kk, ru немесе en)</translation>
    </message>
    <message>
        <source>fill the catalog with realistic demo data</source>
        <translation>каталогты шынайы демо деректермен толтыру</translation>
    </message>
    <message>
        <source>how many demo records to add (default 2000)</source>
        <translation>қанша демо жазба қосу керек (әдепкі бойынша 2000)</translation>
    </message>
    <message>
        <source>search the catalog and print the matches</source>
        <translation>каталогтан іздеп, табылғанын шығару</translation>
    </message>
    <message>
        <source>words, an ISBN or an inventory number</source>
        <translation>сөздер, ISBN немесе түгендеу нөмірі</translation>
    </message>
    <message>
        <source>print at most N matches (default 50, 0 for all)</source>
        <translation>ең көбі N нәтиже шығару (әдепкі бойынша 50, барлығы үшін 0)</translation>
    </message>
    <message>
        <source>make a safety copy of the catalog</source>
        <translation>каталогтың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <source>Make a consistent copy of the catalog (safe while the program is open). Without --to it goes to the backups folder beside the catalog.</source>
        <translation>Каталогтың тұтас көшірмесін жасайды (бағдарлама ашық тұрғанда да қауіпсіз). --to берілмесе, көшірме каталогтың жанындағы backups бумасына жазылады.</translation>
    </message>
    <message>
        <source>the folder to write the copy to (e.g. a USB stick)</source>
        <translation>көшірме жазылатын бума (мысалы, флешкада)</translation>
    </message>
    <message>
        <source>replace the catalog by a backup (a copy is made first)</source>
        <translation>каталогты сақтық көшірмемен ауыстыру (алдымен көшірме жасалады)</translation>
    </message>
    <message>
        <source>Check the backup (integrity, version), copy the current catalog aside into the backups folder, then put the backup in its place. Close the program&apos;s window first.</source>
        <translation>Сақтық көшірмені тексеріп (тұтастығы, нұсқасы), қазіргі каталогты сақтық көшірмелер бумасына сақтап қояды да, оның орнына сақтық көшірмені қояды. Алдымен бағдарлама терезесін жабыңыз.</translation>
    </message>
    <message>
        <source>the backup: a .sqlite file, or a ZIP holding one</source>
        <translation>сақтық көшірме: .sqlite файлы немесе соны қамтитын ZIP</translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation>сақтық көшірмелер тізімі</translation>
    </message>
    <message>
        <source>List the backups beside the catalog and in the second backup place, newest first, with their date, kind, size and record and copy counts.</source>
        <translation>Каталог жанындағы және екінші орындағы сақтық көшірмелердің тізімі, ең жаңасы басында: күні, түрі, өлшемі, жазбалар мен даналар саны.</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>JSON тізімін шығару</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
    <message>
        <source>{records} records, {copies} copies</source>
        <translation>{records} жазба, {copies} дана</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size}, {counts}).</source>
        <translation>Сақтық көшірме жазылды: {path} ({size}, {counts}).</translation>
    </message>
    <message>
        <source>The catalog was not changed.</source>
        <translation>Каталог өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Restored the catalog of {date}: {records} records, {copies} copies.</source>
        <translation>{date} күнгі каталог қалпына келтірілді: {records} жазба, {copies} дана.</translation>
    </message>
    <message>
        <source>The catalog as it was before is kept in {path}.</source>
        <translation>Бұрынғы каталог {path} файлында сақталды.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Әзірге сақтық көшірме жоқ.</translation>
    </message>
    <message>
        <source>check the catalog file for damage and inconsistencies</source>
        <translation>каталог файлын бүлінуге және қайшылықтарға тексеру</translation>
    </message>
    <message>
        <source>rebuild the search index and counters if they are out of step, make missing or altered indexes, triggers and the search table again, and remove what records deleted by hand left behind</source>
        <translation>іздеу индексі мен есептегіштер сәйкес келмесе, оларды қайта құру, жоқ немесе өзгертілген индекстерді, триггерлерді және іздеу кестесін қайта жасау, қолмен жойылған жазбалардан қалған деректерді алып тастау</translation>
    </message>
    <message>
        <source>show where the catalog is and what it holds</source>
        <translation>каталогтың қайда екенін және онда не барын көрсету</translation>
    </message>
    <message>
        <source>import MARC files (ISO 2709, MARCXML, .mrk)</source>
        <translation>MARC файлдарын импорттау (ISO 2709, MARCXML, .mrk)</translation>
    </message>
    <message>
        <source>files to import</source>
        <translation>импортталатын файлдар</translation>
    </message>
    <message>
        <source>records already in the catalog: skip them, merge their copies, or add as new</source>
        <translation>каталогта бар жазбалар: өткізіп жіберу, даналарын біріктіру немесе жаңа жазба ретінде қосу</translation>
    </message>
    <message>
        <source>read and check everything, change nothing</source>
        <translation>бәрін оқып, тексеру, ештеңені өзгертпеу</translation>
    </message>
    <message>
        <source>print one JSON object per file as the last lines</source>
        <translation>соңғы жолдарда әр файлға бір JSON нысанын шығару</translation>
    </message>
    <message>
        <source>export records through an exchange profile</source>
        <translation>жазбаларды алмасу профилі арқылы экспорттау</translation>
    </message>
    <message>
        <source>exchange profile (see the profiles command)</source>
        <translation>алмасу профилі (profiles командасын қараңыз)</translation>
    </message>
    <message>
        <source>the file to write (with --package: a folder)</source>
        <translation>жазылатын файл (--package болса: бума)</translation>
    </message>
    <message>
        <source>only a search result</source>
        <translation>тек іздеу нәтижесі</translation>
    </message>
    <message>
        <source>only records added or changed since this date</source>
        <translation>тек осы күннен бері қосылған не өзгертілген жазбалар</translation>
    </message>
    <message>
        <source>override the profile&apos;s character set</source>
        <translation>профильдің кодтамасының орнына басқасын қолдану</translation>
    </message>
    <message>
        <source>write a dated ZIP for the district office (MARC, summary, manifest)</source>
        <translation>аудандық білім бөліміне күні көрсетілген ZIP жазу (MARC, жиынтық кесте, манифест)</translation>
    </message>
    <message>
        <source>library name for the package</source>
        <translation>пакетке жазылатын кітапхана атауы</translation>
    </message>
    <message>
        <source>list the exchange profiles</source>
        <translation>алмасу профильдерінің тізімі</translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation>бұрынғы импорттардың тізімі</translation>
    </message>
    <message>
        <source>undo an import by its number</source>
        <translation>импортты нөмірі бойынша болдырмау</translation>
    </message>
    <message>
        <source>--records must be 1 or more.</source>
        <translation>--records 1-ден кем болмауы керек.</translation>
    </message>
    <message>
        <source>Added {n} demo records. The catalog now has {records} records, {copies} copies and {stock} textbooks in counted stock.</source>
        <translation>{n} демо жазба қосылды. Енді каталогта {records} жазба, {copies} дана және түгендеусіз есепте {stock} оқулық бар.</translation>
    </message>
    <message>
        <source>Nothing found for «{query}».</source>
        <translation>«{query}» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Copy with inventory number {number}:</source>
        <translation>Түгендеу нөмірі {number} дана:</translation>
    </message>
    <message>
        <source>… and {n} more (use --limit).</source>
        <translation>… және тағы {n} (--limit қолданыңыз).</translation>
    </message>
    <message>
        <source>Checking {path} ({size} MB): a large catalog takes a minute or more…</source>
        <translation>{path} тексерілуде ({size} МБ): үлкен каталогты тексеру бір минут не одан да көп уақыт алады…</translation>
    </message>
    <message>
        <source>Repaired. The catalog is in order.</source>
        <translation>Жөнделді. Каталог дұрыс.</translation>
    </message>
    <message>
        <source>The catalog is in order.</source>
        <translation>Каталог дұрыс.</translation>
    </message>
    <message>
        <source>Repaired what could be repaired. Still to correct:</source>
        <translation>Жөндеуге болатынның бәрі жөнделді. Әлі де түзету керек:</translation>
    </message>
    <message>
        <source>The catalog file itself is damaged, so nothing was repaired in it. Restore the latest backup: shkola-lib backups, then shkola-lib restore FILE.</source>
        <translation>Каталог файлының өзі зақымдалған, сондықтан онда ештеңе жөнделмеді. Соңғы сақтық көшірмені қалпына келтіріңіз: shkola-lib backups, содан кейін shkola-lib restore ФАЙЛ.</translation>
    </message>
    <message>
        <source>Run “shkola-lib check --repair” to fix what can be fixed.</source>
        <translation>Түзетуге болатынын түзету үшін “shkola-lib check --repair” іске қосыңыз.</translation>
    </message>
    <message>
        <source>Catalog file: {path}</source>
        <translation>Каталог файлы: {path}</translation>
    </message>
    <message>
        <source>Records: {n} (textbooks: {t})</source>
        <translation>Жазбалар: {n} (оқулықтар: {t})</translation>
    </message>
    <message>
        <source>Inventoried copies: {n} (available: {a}, written off: {w})</source>
        <translation>Түгендеу нөмірі бар даналар: {n} (қолжетімді: {a}, есептен шығарылған: {w})</translation>
    </message>
    <message>
        <source>Textbooks in counted stock: {n}</source>
        <translation>Түгендеусіз есептегі оқулықтар: {n}</translation>
    </message>
    <message>
        <source>{file}: {format}, {flavour}, {encoding}. Read {read}, imported {imported}, merged {merged}, skipped as duplicates {skipped}, rejected {rejected}.</source>
        <translation>{file}: {format}, {flavour}, {encoding}. Оқылды: {read}, импортталды: {imported}, біріктірілді: {merged}, каталогта бар болғандықтан өткізілді: {skipped}, қабылданбады: {rejected}.</translation>
    </message>
    <message>
        <source>Trial run: the catalog was not changed.</source>
        <translation>Сынақ іске қосу: каталог өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Есеп: {path}</translation>
    </message>
    <message>
        <source>--since needs a date like 2026-09-01.</source>
        <translation>--since үшін 2026-09-01 түріндегі күн керек.</translation>
    </message>
    <message>
        <source>Wrote {n} records to {path} ({profile}).</source>
        <translation>{path} файлына {n} жазба жазылды ({profile}).</translation>
    </message>
    <message>
        <source>{n} records were left out because {encoding} cannot hold their letters:</source>
        <translation>{n} жазба жазылмады, себебі олардағы әріптер {encoding} кодтамасында жоқ:</translation>
    </message>
    <message>
        <source>Assumed:</source>
        <translation>Болжам:</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Әзірге импорт болған жоқ.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <source>read {r}, imported {i}, merged {m}, rejected {x}</source>
        <translation>оқылды {r}, импортталды {i}, біріктірілді {m}, қабылданбады {x}</translation>
    </message>
    <message>
        <source>Removed {r} records, {c} copies and {s} textbooks of counted stock.</source>
        <translation>Жойылды: {r} жазба, {c} дана және түгендеусіз есептегі {s} оқулық.</translation>
    </message>
    <message>
        <source>Kept {n} records that were changed after the import: {ids}</source>
        <translation>Импорттан кейін өзгертілген {n} жазба сақталып қалды: {ids}</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed by the unfinished step.</source>
        <translation>Тоқтатылды; аяқталмаған қадам ештеңені өзгерткен жоқ.</translation>
    </message>
    <message>
        <source>shkola-lib: unexpected error: {error} (details in {log})</source>
        <translation>shkola-lib: күтпеген қате: {error} (толығырақ: {log})</translation>
    </message>
</context>
<context>
    <name>CopyStatus</name>
    <message>
        <source>Available</source>
        <translation>Орнында</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Оқырманда</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Жоғалған</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Есептен шығарылған</translation>
    </message>
</context>
<context>
    <name>Crosswalk</name>
    <message>
        <source>Unknown language code {code} ignored.</source>
        <translation>Белгісіз тіл коды {code} ескерілмеді.</translation>
    </message>
    <message>
        <source>Price not understood, ignored: {price}</source>
        <translation>Баға танылмады, ескерілмеді: {price}</translation>
    </message>
    <message>
        <source>Inventory number {number} appears twice.</source>
        <translation>{number} түгендеу нөмірі екі рет кездеседі.</translation>
    </message>
    <message>
        <source>A copy without inventory number or barcode was skipped.</source>
        <translation>Түгендеу нөмірі де, штрихкоды да жоқ дана өткізіп жіберілді.</translation>
    </message>
    <message>
        <source>Field 899 ignored: in plain UNIMARC files it does not describe copies (import the file as RUSMARC if it comes from a Russian or Kazakh library).</source>
        <translation>899 өрісі ескерілмеді: қарапайым UNIMARC файлдарында ол даналарды сипаттамайды (файл Ресей немесе Қазақстан кітапханасынан келсе, оны RUSMARC ретінде импорттаңыз).</translation>
    </message>
    <message>
        <source>Unknown role code {code} for {name}: imported as other contributor.</source>
        <translation>{name}: белгісіз рөл коды {code}, басқа қатысушы ретінде импортталды.</translation>
    </message>
    <message>
        <source>Invalid ISBN kept as it is: {isbn}</source>
        <translation>Жарамсыз ISBN сол күйінде қалдырылды: {isbn}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file {path} is not a Shkola-Lib catalog.</source>
        <translation>{path} файлы Shkola-Lib каталогы емес.</translation>
    </message>
    <message>
        <source>The catalog {path} has been closed.</source>
        <translation>{path} каталогы жабылған.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>{folder} бумасын құру мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be read: {error}</source>
        <translation>{path} каталогын оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>The file {path} is a database, but not a Shkola-Lib catalog.</source>
        <translation>{path} файлы — дерекқор, бірақ Shkola-Lib каталогы емес.</translation>
    </message>
    <message>
        <source>The catalog {path} was written by a newer version of Shkola-Lib. Install the newer version to open it; the file was not changed.</source>
        <translation>{path} каталогы Shkola-Lib бағдарламасының жаңарақ нұсқасымен жазылған. Оны ашу үшін жаңа нұсқаны орнатыңыз; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The catalog {path} could not be upgraded to this version: {error}. It was left as it was.</source>
        <translation>{path} каталогын бұл нұсқаға жаңарту мүмкін болмады: {error}. Ол бұрынғы қалпында қалдырылды.</translation>
    </message>
    <message>
        <source>A copy made before the upgrade is in {backup}.</source>
        <translation>Жаңарту алдында жасалған көшірме: {backup}.</translation>
    </message>
    <message>
        <source>The disk that holds the catalog is full, so nothing was saved; the catalog is as it was. Free some space on it (empty the Recycle Bin, move old files away) and try again.</source>
        <translation>Каталог сақталған диск толып қалды, сондықтан ештеңе сақталмады; каталог бұрынғы күйінде. Дискіде орын босатыңыз (Себетті тазалаңыз, ескі файлдарды басқа жерге көшіріңіз) және қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The catalog file is damaged ({error}). Choose Catalog → Check the catalog; if it confirms the damage, restore the latest backup: Catalog → Restore from a backup…</source>
        <translation>Каталог файлы зақымдалған ({error}). Каталог → Каталогты тексеру пәрменін таңдаңыз; зақым расталса, соңғы сақтық көшірмені қалпына келтіріңіз: Каталог → Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>The disk that holds the catalog could not be read or written ({error}); what was being saved was not saved. If it happens again, the disk may be failing: make a backup to another disk now.</source>
        <translation>Каталог сақталған дискіні оқу немесе оған жазу мүмкін болмады ({error}); сақталып жатқан дерек сақталмады. Бұл қайталанса, диск істен шығып келе жатқан болуы мүмкін: дереу басқа дискіге сақтық көшірме жасаңыз.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Holdings</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>Add copies…</source>
        <translation>Дана қосу…</translation>
    </message>
    <message>
        <source>Add counted stock…</source>
        <translation>Оқулық қосу…</translation>
    </message>
    <message>
        <source>Edit copy…</source>
        <translation>Дананы өңдеу…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Есептен шығару…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>MARC</source>
        <translation>MARC</translation>
    </message>
    <message>
        <source>Select a record to see its description and copies.</source>
        <translation>Сипаттамасы мен даналарын көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>{copies} copies ({available} available), {stock} in counted stock</source>
        <translation>{copies} ({available} орнында), түгендеусіз есепте: {stock}</translation>
    </message>
    <message>
        <source>Holdings: {counts}</source>
        <translation>Даналар: {counts}</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Shelf mark</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <source>UDC</source>
        <translation>ӘОЖ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>School subject</source>
        <translation>Оқу пәні</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Пәндік айдарлар</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Түйін сөздер</translation>
    </message>
    <message>
        <source>Edit this record (Ctrl+E)</source>
        <translation>Жазбаны өңдеу (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Records read from the file:</source>
        <translation>Файлдан оқылған жазбалар:</translation>
    </message>
    <message>
        <source>Added as new records:</source>
        <translation>Жаңа жазба ретінде қосылды:</translation>
    </message>
    <message>
        <source>Already in the catalog, their copies added:</source>
        <translation>Каталогта бар, даналары қосылды:</translation>
    </message>
    <message>
        <source>Already in the catalog, skipped:</source>
        <translation>Каталогта бар, өткізіп жіберілді:</translation>
    </message>
    <message>
        <source>Rejected because of errors (see the report):</source>
        <translation>Қателерге байланысты қабылданбады (есепті қараңыз):</translation>
    </message>
    <message>
        <source>Copies added:</source>
        <translation>Қосылған даналар:</translation>
    </message>
    <message>
        <source>Textbooks added to counted stock:</source>
        <translation>Түгендеусіз есепке қосылған оқулықтар:</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>&amp;Есепті ашу</translation>
    </message>
    <message>
        <source>Import &amp;for real now</source>
        <translation>Енді &amp;шынымен импорттау</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>&amp;Басқа файл таңдау…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Тоқтатылды: ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The catalog is exactly as it was before the import.</source>
        <translation>Каталог импорттан бұрынғы қалпында қалды.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Бұл файлды импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>The import failed: nothing was changed.</source>
        <translation>Импорт сәтсіз аяқталды: ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Trial run finished: nothing was changed.</source>
        <translation>Сынақ аяқталды: ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>This is what importing {file} would do:</source>
        <translation>{file} файлын импорттағанда мынадай нәтиже болар еді:</translation>
    </message>
    <message>
        <source>Press «Import for real now» to import it.</source>
        <translation>Импорттау үшін «Енді шынымен импорттау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Import finished: {n} new records in the catalog.</source>
        <translation>Импорт аяқталды: каталогқа {n} жаңа жазба қосылды.</translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation>{file} файлынан:</translation>
    </message>
    <message>
        <source>If something is wrong, the whole import can be undone: Catalog → Import history.</source>
        <translation>Бірдеңе дұрыс болмаса, импортты толығымен болдырмауға болады: Каталог → Импорт тарихы.</translation>
    </message>
    <message>
        <source>All records of {file} are already in the catalog; nothing was added.</source>
        <translation>{file} файлындағы барлық жазба каталогта бұрыннан бар; ештеңе қосылған жоқ.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>Open existing record</source>
        <translation>Бар жазбаны ашу</translation>
    </message>
    <message>
        <source>Close this form and open the record already in the catalog, to add copies</source>
        <translation>Бұл пішінді жауып, даналар қосу үшін каталогта бар жазбаны ашу</translation>
    </message>
    <message>
        <source>This book may already be in the catalog: «{title}»</source>
        <translation>Бұл кітап каталогта бар болуы мүмкін: «{title}»</translation>
    </message>
    <message>
        <source>This book may already be in the catalog: «{title}» ({year})</source>
        <translation>Бұл кітап каталогта бар болуы мүмкін: «{title}» ({year})</translation>
    </message>
    <message numerus="yes">
        <source>%n more similar record(s) found.</source>
        <translation>
            <numerusform>Тағы %n ұқсас жазба табылды.</numerusform>
            <numerusform>Тағы %n ұқсас жазба табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <source>Continue as a new record</source>
        <translation>Жаңа жазба ретінде жалғастыру</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Books already in the catalog</source>
        <translation>Каталогта бар кітаптар</translation>
    </message>
    <message>
        <source>Choose what to do with records the catalog already has.</source>
        <translation>Каталогта бұрыннан бар жазбалармен не істеу керегін таңдаңыз.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <source>Already in the catalog</source>
        <translation>Каталогта бар</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Немен сәйкес</translation>
    </message>
    <message>
        <source>&amp;Trial run (change nothing): only see what would happen</source>
        <translation>&amp;Сынақ (ештеңе өзгермейді): тек не болатынын көру</translation>
    </message>
    <message>
        <source>When a record is already in the catalog:</source>
        <translation>Жазба каталогта бұрыннан бар болса:</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>title, author, year</source>
        <translation>атауы, авторы, жылы</translation>
    </message>
    <message>
        <source>{n} of the first {sample} records are already in the catalog:</source>
        <translation>Алғашқы {sample} жазбаның {n} жазбасы каталогта бар:</translation>
    </message>
    <message>
        <source>None of the first {sample} records are in the catalog yet.</source>
        <translation>Алғашқы {sample} жазбаның ешқайсысы каталогта әлі жоқ.</translation>
    </message>
    <message>
        <source>The rest of the file is checked the same way while importing.</source>
        <translation>Файлдың қалған бөлігі импорт кезінде дәл осылай тексеріледі.</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>Сынап &amp;көру</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>EditCopyDialog</name>
    <message>
        <source>Copy {number}</source>
        <translation>{number} данасы</translation>
    </message>
    <message>
        <source>Inventory number {number}</source>
        <translation>Түгендеу нөмірі: {number}</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Сақталатын &amp;орны:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>Acquisition &amp;date:</source>
        <translation>Түскен кү&amp;ні:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Қайдан түсті:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Бағасы:</translation>
    </message>
    <message>
        <source>e.g. 12/2026</source>
        <translation>мысалы, 12/2026</translation>
    </message>
    <message>
        <source>КСУ &amp;entry:</source>
        <translation>КСУ &amp;жазбасы:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Written off on {date}, act {act}</source>
        <translation>{date} есептен шығарылған, акт {act}</translation>
    </message>
    <message>
        <source>{text} ({reason})</source>
        <translation>{text} ({reason})</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Shkola-Lib</source>
        <translation>Shkola-Lib</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Журнал файлы: {path}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>The program met an unexpected error. Your saved work is safe in the catalog. If it happens again, send the log file to whoever supports the program.</source>
        <translation>Бағдарламада күтпеген қате шықты. Сақталған жұмысыңыз каталогта аман. Қате қайталанса, журнал файлын бағдарламаға қызмет көрсететін адамға жіберіңіз.</translation>
    </message>
    <message>
        <source>Error: {message}
Log file: {path}</source>
        <translation>Қате: {message}
Журнал файлы: {path}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>ISO 2709 exchange file</source>
        <extracomment>Names of standards: not translated.</extracomment>
        <translation>ISO 2709 алмасу файлы</translation>
    </message>
    <message>
        <source>MARCXML</source>
        <translation>MARCXML</translation>
    </message>
    <message>
        <source>MarcEdit text</source>
        <translation>MarcEdit мәтіні</translation>
    </message>
    <message>
        <source>almost certainly</source>
        <translation>сөзсіз дерлік</translation>
    </message>
    <message>
        <source>probably</source>
        <translation>шамасы</translation>
    </message>
    <message>
        <source>a guess: check that the titles below read correctly</source>
        <translation>болжам: төмендегі атаулардың дұрыс оқылатынын тексеріңіз</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>field {tag} has letters that {encoding} cannot hold: {chars}</source>
        <translation>{tag} өрісінде {encoding} кодтамасында жоқ әріптер бар: {chars}</translation>
    </message>
    <message>
        <source>Exported {n} of {total} records</source>
        <translation>{total} жазбаның {n} жазбасы экспортталды</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>For the district office</source>
        <translation>Аудандық білім бөліміне</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Каталогты экспорттау</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>Неге жазылмады</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Буманы ашу</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Экспортты қайда сақтау керегін таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>{path} бумасы жоқ.</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — бума; файл атауын қосыңыз.</translation>
    </message>
    <message>
        <source>Choose who the file is for.</source>
        <translation>Файл кімге арналғанын таңдаңыз.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{folder} бумасында {name} бұрыннан бар. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>There are no records to export in this choice.</source>
        <translation>Таңдалғанның ішінде экспортталатын жазба жоқ.</translation>
    </message>
    <message>
        <source>Nothing was written. {reason}</source>
        <translation>Ештеңе жазылған жоқ. {reason}</translation>
    </message>
    <message>
        <source>The export failed, nothing was written: {error}</source>
        <translation>Экспорт сәтсіз аяқталды, ештеңе жазылған жоқ: {error}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Жазылуда…</translation>
    </message>
    <message>
        <source>The package is ready.</source>
        <translation>Пакет дайын.</translation>
    </message>
    <message>
        <source>{name} was written to {folder}: {n} records, {copies} copies and {stock} textbooks in counted stock, as «{profile}». It holds the MARC file, a summary table (Excel and CSV) and a manifest.</source>
        <translation>{name} пакеті {folder} бумасына жазылды: «{profile}» үшін {n} жазба, {copies} дана және түгендеусіз есептегі {stock} оқулық. Ішінде MARC файлы, жиынтық кесте (Excel және CSV) және манифест бар.</translation>
    </message>
    <message>
        <source>The export is complete.</source>
        <translation>Экспорт аяқталды.</translation>
    </message>
    <message>
        <source>{n} records were written to {path} as «{profile}», character set {encoding}.</source>
        <translation>{path} файлына «{profile}» үшін {n} жазба жазылды, кодтамасы: {encoding}.</translation>
    </message>
    <message>
        <source>The file is complete; you can remove the USB stick now.</source>
        <translation>Файл толық жазылды; енді флешканы алуға болады.</translation>
    </message>
    <message>
        <source>{n} records were left out because the character set cannot hold their letters:</source>
        <translation>{n} жазба жазылмады: олардағы әріптер бұл кодтамада жоқ:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Stop the export?</source>
        <translation>Экспортты тоқтату керек пе?</translation>
    </message>
    <message>
        <source>Stop the export? Nothing will be written.</source>
        <translation>Экспортты тоқтату керек пе? Ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>What to export</source>
        <translation>Нені экспорттау</translation>
    </message>
    <message>
        <source>&amp;District package (ZIP with the MARC file, a summary table and a manifest)</source>
        <translation>Аудандық білім бөліміне &amp;пакет (MARC файлы, жиынтық кесте және манифест салынған ZIP)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>e.g. School No. 12, Astana</source>
        <translation>мысалы, Астана қ., № 12 мектеп</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>&amp;Library name:</source>
        <translation>Кітапхана &amp;атауы:</translation>
    </message>
    <message>
        <source>Character &amp;set:</source>
        <translation>К&amp;одтама:</translation>
    </message>
    <message>
        <source>The &amp;whole catalog ({n} records)</source>
        <translation>&amp;Бүкіл каталог ({n} жазба)</translation>
    </message>
    <message>
        <source>The &amp;whole catalog</source>
        <translation>&amp;Бүкіл каталог</translation>
    </message>
    <message>
        <source>The records found by the &amp;search «{query}» ({n})</source>
        <translation>«{query}» &amp;іздеуі бойынша табылған жазбалар ({n})</translation>
    </message>
    <message>
        <source>The records shown in the &amp;list ({n})</source>
        <translation>&amp;Тізімде көрсетілген жазбалар ({n})</translation>
    </message>
    <message>
        <source>The s&amp;elected records ({n})</source>
        <translation>Та&amp;ңдалған жазбалар ({n})</translation>
    </message>
    <message>
        <source>Records added or &amp;changed since</source>
        <translation>Мына күннен бері қосылған не &amp;өзгертілген жазбалар:</translation>
    </message>
    <message>
        <source>Where to save the package</source>
        <translation>Пакетті қайда сақтау керек</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Экспортты сақтау</translation>
    </message>
    <message>
        <source>MARC file (*.{ext})</source>
        <translation>MARC файлы (*.{ext})</translation>
    </message>
    <message>
        <source>MARCXML and MarcEdit files are always written in UTF-8.</source>
        <translation>MARCXML және MarcEdit файлдары әрқашан UTF-8 кодтамасында жазылады.</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Бу&amp;ма:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>The package will be saved in this folder as {name}.</source>
        <translation>Пакет осы бумаға {name} атауымен сақталады.</translation>
    </message>
    <message>
        <source>This is a removable drive (USB stick).</source>
        <translation>Бұл — алынбалы диск (флешка).</translation>
    </message>
    <message>
        <source>Windows-1251 has no Kazakh letters (ә ғ қ ң ө ұ ү һ): records with them cannot be written and will be left out and listed. Choose it only if the receiving program cannot read UTF-8.</source>
        <translation>Windows-1251 кодтамасында қазақ әріптері (ә ғ қ ң ө ұ ү һ) жоқ: мұндай әріптер кездесетін жазбаларды жазу мүмкін емес, олар өткізіліп, тізімде көрсетіледі. Қабылдайтын бағдарлама UTF-8 оқи алмаса ғана таңдаңыз.</translation>
    </message>
    <message>
        <source>{encoding} may not hold every letter: such records are left out and listed.</source>
        <translation>{encoding} кодтамасында кейбір әріптер болмауы мүмкін: ондай жазбалар өткізіліп, тізімде көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which file do you want to import?</source>
        <translation>Қай файлды импорттайсыз?</translation>
    </message>
    <message>
        <source>A catalog file from another library program or a publisher: MARC records in ISO 2709 (.iso, .mrc), MARCXML (.xml) or MarcEdit (.mrk).</source>
        <translation>Басқа кітапханалық бағдарламадан немесе баспадан алынған каталог файлы: ISO 2709 (.iso, .mrc), MARCXML (.xml) немесе MarcEdit (.mrk) форматындағы MARC жазбалары.</translation>
    </message>
    <message>
        <source>The file&apos;s full path</source>
        <translation>Файлдың толық жолы</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Tip: you can also drag the file from a folder or a USB stick onto the main window. Nothing is changed in the catalog until the last step.</source>
        <translation>Кеңес: файлды бумадан немесе флешкадан негізгі терезеге сүйреп әкелуге де болады. Соңғы қадамға дейін каталогта ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>Catalog files ({patterns})</source>
        <translation>Каталог файлдары ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Импортталатын файлды таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>There is no space left on the disk for {path}.</source>
        <translation>Дискіде {path} үшін бос орын қалмады.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk.</source>
        <translation>{path} тек оқуға арналған дискіде тұр.</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>{path} файлын жазуға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk or folder is gone (was it removed?).</source>
        <translation>{path} файлын жазу мүмкін емес: диск немесе бума жоқ болып кетті (алынып қалған жоқ па?).</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>{path} файлын жазу мүмкін емес: {error}</translation>
    </message>
</context>
<context>
    <name>FoundPage</name>
    <message>
        <source>What the file holds</source>
        <translation>Файлда не бар</translation>
    </message>
    <message>
        <source>Check that the titles below read correctly.</source>
        <translation>Төмендегі атаулардың дұрыс оқылатынын тексеріңіз.</translation>
    </message>
    <message>
        <source>The first titles, as they will be imported:</source>
        <translation>Алғашқы атаулар (импортталатын күйінде):</translation>
    </message>
    <message>
        <source>If you see strange letters instead of words, open «More choices» and try another character set: the titles are read again at once.</source>
        <translation>Сөздердің орнына түсініксіз әріптер көрінсе, «Қосымша параметрлер» бөлімін ашып, басқа кодтаманы таңдап көріңіз: атаулар бірден қайта оқылады.</translation>
    </message>
    <message>
        <source>It may be another kind of file (a document or a spreadsheet), or it is damaged. Ask the sender for the catalog as a MARC file (ISO 2709 .iso or .mrc, MARCXML .xml or MarcEdit .mrk), or choose another file.</source>
        <translation>Бұл басқа түрдегі файл (құжат немесе электрондық кесте) болуы мүмкін немесе ол бүлінген. Жіберушіден каталогты MARC файлы түрінде (ISO 2709 .iso немесе .mrc, MARCXML .xml немесе MarcEdit .mrk) сұраңыз немесе басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>&amp;Басқа файл таңдау…</translation>
    </message>
    <message>
        <source>More choices: format, kind of MARC, character set</source>
        <translation>Қосымша параметрлер: формат, MARC түрі, кодтама</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Kind of MARC:</source>
        <translation>MARC &amp;түрі:</translation>
    </message>
    <message>
        <source>C&amp;haracter set:</source>
        <translation>&amp;Кодтама:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Автоматты түрде анықтау</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Бұл файлды импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} жазба</translation>
    </message>
    <message>
        <source>about {n} records</source>
        <translation>шамамен {n} жазба</translation>
    </message>
    <message>
        <source>{flavour}, {count}, {encoding}</source>
        <translation>{flavour}, {count}, {encoding}</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>өзіңіз таңдадыңыз</translation>
    </message>
    <message>
        <source>{format} · character set: {encoding} ({certainty}). {reason}</source>
        <translation>{format} · кодтама: {encoding} ({certainty}). {reason}</translation>
    </message>
    <message>
        <source>{bad} of the first {n} records cannot be read with this character set; they will be listed in the report.</source>
        <translation>Алғашқы {n} жазбаның {bad} жазбасын бұл кодтамамен оқу мүмкін емес; олар есепте көрсетіледі.</translation>
    </message>
    <message>
        <source>No readable records were found. Try another character set or file.</source>
        <translation>Оқылатын жазба табылмады. Басқа кодтаманы немесе басқа файлды таңдап көріңіз.</translation>
    </message>
    <message>
        <source>Detect automatically (found: {value})</source>
        <translation>Автоматты түрде анықтау (табылғаны: {value})</translation>
    </message>
    <message>
        <source>A MARCXML file names its own character set.</source>
        <translation>MARCXML файлы өз кодтамасын өзі көрсетеді.</translation>
    </message>
</context>
<context>
    <name>Holdings</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Бұл жазба енді жоқ.</translation>
    </message>
    <message>
        <source>A series starts from a number made of digits.</source>
        <translation>Нөмірлер тізбегі тек цифрлардан тұратын нөмірден басталуы керек.</translation>
    </message>
    <message>
        <source>Enter how many copies (1 to 10000).</source>
        <translation>Даналар санын енгізіңіз (1-ден 10000-ға дейін).</translation>
    </message>
    <message>
        <source>Inventory numbers already in use: {numbers}</source>
        <translation>Бұл түгендеу нөмірлері бос емес: {numbers}</translation>
    </message>
    <message>
        <source>Enter the inventory number.</source>
        <translation>Түгендеу нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Inventory number {number} is already in use.</source>
        <translation>{number} түгендеу нөмірі бос емес.</translation>
    </message>
    <message>
        <source>Barcode {code} is already in use.</source>
        <translation>{code} штрихкоды бос емес.</translation>
    </message>
    <message>
        <source>The copy no longer exists.</source>
        <translation>Бұл дана енді жоқ.</translation>
    </message>
    <message>
        <source>Use «Write off» to write a copy off.</source>
        <translation>Дананы есептен шығару үшін «Есептен шығару» батырмасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Enter the quantity (1 or more).</source>
        <translation>Санын енгізіңіз (1 не одан көп).</translation>
    </message>
    <message>
        <source>Enter the write-off act number.</source>
        <translation>Есептен шығару актісінің нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>This copy is already written off.</source>
        <translation>Бұл дана есептен шығарылып қойған.</translation>
    </message>
    <message>
        <source>The stock entry no longer exists.</source>
        <translation>Түгендеусіз есептегі бұл жазба енді жоқ.</translation>
    </message>
    <message>
        <source>You can write off 1 to {max} copies here.</source>
        <translation>Мұнда 1-ден {max} данаға дейін есептен шығаруға болады.</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <source>Inventory no. / quantity</source>
        <translation>Түгендеу № / саны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <source>КСУ entry</source>
        <translation>КСУ жазбасы</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Written off, act {act}</source>
        <translation>Есептен шығарылған, акт {act}</translation>
    </message>
    <message>
        <source>{n} pcs (counted stock)</source>
        <translation>{n} дана (түгендеусіз)</translation>
    </message>
    <message>
        <source>{n} written off</source>
        <translation>{n} есептен шығарылған</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Skip records already in the catalog</source>
        <translation>Каталогта бар жазбаларды өткізіп жіберу</translation>
    </message>
    <message>
        <source>Add their copies to the records already in the catalog</source>
        <translation>Олардың даналарын каталогтағы бар жазбаларға қосу</translation>
    </message>
    <message>
        <source>Add them as new records anyway</source>
        <translation>Бәрібір жаңа жазба ретінде қосу</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {error}</source>
        <translation>{path} файлын оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>{path} is not a MARC file this program can read: {error}</source>
        <translation>{path} — бұл бағдарлама оқи алатын MARC файлы емес: {error}</translation>
    </message>
    <message>
        <source>Year {year} is not plausible and was left out.</source>
        <translation>{year} жылы шындыққа жанаспайды, сондықтан алынып тасталды.</translation>
    </message>
    <message>
        <source>A copy without an inventory number was not imported.</source>
        <translation>Түгендеу нөмірі жоқ дана импортталмады.</translation>
    </message>
    <message>
        <source>Inventory number {number} is already used (record {record}); this copy was not imported.</source>
        <translation>{number} түгендеу нөмірі бос емес ({record} жазбасы); бұл дана импортталмады.</translation>
    </message>
    <message>
        <source>Barcode {code} is already in use; it was left out.</source>
        <translation>{code} штрихкоды бос емес; ол алынып тасталды.</translation>
    </message>
    <message>
        <source>Imported {n} of about {total} records</source>
        <translation>Шамамен {total} жазбаның {n} жазбасы импортталды</translation>
    </message>
    <message>
        <source>No records were found in {path}.</source>
        <translation>{path} файлынан бірде-бір жазба табылмады.</translation>
    </message>
    <message>
        <source>Cannot be mapped: {error}</source>
        <translation>Каталог жазбасына түрлендіру мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>The record has no title.</source>
        <translation>Жазбаның атауы жоқ.</translation>
    </message>
    <message>
        <source>Import {id} does not exist or was already undone.</source>
        <translation>{id} нөмірлі импорт жоқ немесе ол бұрын болдырылмаған.</translation>
    </message>
    <message>
        <source>Backing up the catalog before the import…</source>
        <translation>Импорт алдында каталогтың сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>No copy of the catalog could be made before the import, so nothing was imported: {error}</source>
        <translation>Импорт алдында каталогтың сақтық көшірмесін жасау мүмкін болмады, сондықтан ештеңе импортталған жоқ: {error}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Импорт тарихы</translation>
    </message>
    <message>
        <source>Every import is kept here. Undoing one removes the records and copies it added; records you have changed since are kept.</source>
        <translation>Мұнда әр импорт сақталады. Импортты болдырмасаңыз, ол қосқан жазбалар мен даналар жойылады; содан бері өзгерткен жазбаларыңыз сақталып қалады.</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Әзірге ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Бұл импортты &amp;болдырмау…</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>&amp;Есепті ашу</translation>
    </message>
    <message>
        <source>its {n} new records with their copies</source>
        <translation>оның {n} жаңа жазбасын даналарымен қоса</translation>
    </message>
    <message>
        <source>its {n} new records with their copies, and the copies it added to {m} records already in the catalog</source>
        <translation>оның {n} жаңа жазбасын даналарымен қоса және каталогта бұрыннан бар {m} жазбаға қосқан даналарын</translation>
    </message>
    <message>
        <source>Undo the import?</source>
        <translation>Импортты болдырмау керек пе?</translation>
    </message>
    <message>
        <source>Undo the import of «{file}» from {date}?

This removes {what}. Records you have changed since the import are kept.</source>
        <translation>{date} күнгі «{file}» импортын болдырмау керек пе?

Бұл әрекет {what} жояды. Импорттан кейін өзгерткен жазбаларыңыз сақталып қалады.</translation>
    </message>
    <message>
        <source>Undone: {records} records and {copies} copies removed.</source>
        <translation>Болдырылмады: {records} жазба және {copies} дана жойылды.</translation>
    </message>
    <message>
        <source>{n} textbooks removed from counted stock.</source>
        <translation>Түгендеусіз есептен {n} оқулық алынып тасталды.</translation>
    </message>
    <message>
        <source>{n} records were kept because they were changed after the import.</source>
        <translation>Импорттан кейін өзгертілгендіктен {n} жазба сақталып қалды.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Оқылды</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Copies added to</source>
        <translation>Толықтырылды</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a file from another library program</source>
        <extracomment>Extensions offered first in the file dialog (any file can still be chosen).</extracomment>
        <translation>Басқа кітапханалық бағдарламадан файл импорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Файлды оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Импортты тоқтату керек пе?</translation>
    </message>
    <message>
        <source>Stop importing {file}? Nothing will be changed in the catalog; you can import the file again later.</source>
        <translation>{file} импортын тоқтату керек пе? Каталогта ештеңе өзгермейді; файлды кейін қайта импорттауға болады.</translation>
    </message>
</context>
<context>
    <name>IsbnListEditor</name>
    <message>
        <source>Add another ISBN</source>
        <translation>Тағы ISBN қосу</translation>
    </message>
    <message>
        <source>Remove this ISBN</source>
        <translation>Бұл ISBN-ді жою</translation>
    </message>
    <message>
        <source>Type or scan the ISBN; hyphens are optional.</source>
        <translation>ISBN-ді теріңіз не сканерлеңіз; дефис қою міндетті емес.</translation>
    </message>
    <message>
        <source>Valid ISBN</source>
        <translation>ISBN дұрыс</translation>
    </message>
    <message>
        <source>{count} of 13 digits</source>
        <translation>{count}/13 цифр</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Жапсырмаларды басу</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>This is how the sheets will print. The grey outlines show the edges of the labels; they are not printed.</source>
        <translation>Парақтар осылай басылады. Сұр контурлар жапсырмалардың шетін көрсетеді; олар басылмайды.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Finding the copies…</source>
        <translation>Даналар ізделуде…</translation>
    </message>
    <message>
        <source>There are no copies to label in this choice.</source>
        <translation>Бұл таңдауда жапсырма басатын дана жоқ.</translation>
    </message>
    <message>
        <source>Choose a sheet and what is printed on it.</source>
        <translation>Парақты және оған не басылатынын таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n label(s)…</source>
        <translation>
            <numerusform>%n жапсырма дайындалуда…</numerusform>
            <numerusform>%n жапсырма дайындалуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>No copies in this choice.</source>
        <translation>Бұл таңдауда дана жоқ.</translation>
    </message>
    <message>
        <source>{labels} on {sheets}.</source>
        <translation>{sheets} {labels}.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n жапсырма</numerusform>
            <numerusform>%n жапсырма</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n параққа</numerusform>
            <numerusform>%n параққа</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sheet keeps its labels from number {n} free; they are offered next time.</source>
        <translation>Соңғы парақта {n} нөмірінен бастап жапсырмалар бос қалады; келесі жолы солар ұсынылады.</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Жапсырмаларды сақтау</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF файлы (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>The labels were saved to {path}.</source>
        <translation>Жапсырмалар {path} файлына сақталды.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Жапсырмалар</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Принтерді іске қосу мүмкін болмады. Оның қосулы екенін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Did the labels print correctly?

Yes: the copies are marked as labelled and the free labels of the last sheet are offered next time.
No: nothing is marked; correct the printer or the first label and print again.</source>
        <translation>Жапсырмалар дұрыс басылды ма?

Иә: даналардың жапсырмасы басылды деп белгіленеді, ал соңғы парақтың бос жапсырмалары келесі жолы ұсынылады.
Жоқ: ештеңе белгіленбейді; принтерді немесе алғашқы жапсырманы түзетіп, қайта басыңыз.</translation>
    </message>
    <message>
        <source>The labels were printed.</source>
        <translation>Жапсырмалар басылды.</translation>
    </message>
    <message>
        <source>Nothing was marked as labelled.</source>
        <translation>Ештеңе белгіленген жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Copies marked as labelled: %n.</source>
        <translation>
            <numerusform>Жапсырмасы басылды деп белгіленген даналар: %n.</numerusform>
            <numerusform>Жапсырмасы басылды деп белгіленген даналар: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>Previous sheet</source>
        <translation>Алдыңғы парақ</translation>
    </message>
    <message>
        <source>Next sheet</source>
        <translation>Келесі парақ</translation>
    </message>
    <message>
        <source>Sheet {n} of {total}</source>
        <translation>Парақ: {n} / {total}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Write a range of inventory numbers like 1001-1010 (got “{raw}”).</source>
        <translation>Түгендеу нөмірлерінің аралығын 1001-1010 түрінде жазыңыз (енгізілгені: «{raw}»).</translation>
    </message>
    <message>
        <source>The range {raw} ends before it starts.</source>
        <translation>{raw} аралығының соңы басынан бұрын тұр.</translation>
    </message>
    <message>
        <source>The code pattern “{pattern}” must contain {{inventory}} (it may also use {{barcode}} and {{copy_id}}), e.g. https://lib.example.kz/copy/{{inventory}}.</source>
        <translation>«{pattern}» код үлгісінде {{inventory}} болуы керек (сондай-ақ {{barcode}} және {{copy_id}} қолдануға болады), мысалы, https://lib.example.kz/copy/{{inventory}}.</translation>
    </message>
    <message>
        <source>{what} does not fit on the {width} × {height} mm labels of “{sheet}” with the layout “{layout}”. Choose a larger sheet or another layout (e.g. “spine”).</source>
        <translation>{what} «{sheet}» парағының {width} × {height} мм жапсырмаларына «{layout}» макетімен сыймайды. Үлкенірек жапсырмасы бар парақты немесе басқа макетті таңдаңыз (мысалы, «spine»).</translation>
    </message>
    <message>
        <source>The QR code</source>
        <translation>QR коды</translation>
    </message>
    <message>
        <source>“{value}” cannot be written as a Code 128 barcode (only Latin letters, digits and signs); choose a layout with a QR code.</source>
        <translation>«{value}» мәнін Code 128 штрихкодымен жазу мүмкін емес (тек латын әріптері, цифрлар мен белгілер жазылады); QR коды бар макетті таңдаңыз.</translation>
    </message>
    <message>
        <source>The barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>The padding</source>
        <translation>Ішкі шегініс</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Басатын жапсырма жоқ.</translation>
    </message>
    <message>
        <source>The first label must be between 1 and {n} on this sheet.</source>
        <translation>Бұл парақта алғашқы жапсырманың нөмірі 1 мен {n} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Жапсырмалар</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Калибрлеу беті</translation>
    </message>
    <message>
        <source>Calibration page: {sheet}</source>
        <translation>Калибрлеу беті: {sheet}</translation>
    </message>
    <message>
        <source>Print this page at 100 % (“Actual size”, not “Fit to page”) on plain paper, lay it on a sheet of labels and hold both against the light.</source>
        <translation>Бұл бетті кәдімгі қағазға 100 % масштабпен басыңыз («Нақты өлшем», «Бетке сыйдыру» емес), жапсырмалар парағының үстіне қойып, екеуін жарыққа қарай ұстаңыз.</translation>
    </message>
    <message>
        <source>If the outlines miss the labels, read on the rulers where a real label&apos;s edge lies and change the printer offset by the difference (positive moves the print right and down). If the labels drift further off towards the bottom or the right, measure the 100 mm bar and set the scale to 100 ÷ the measured length.</source>
        <translation>Контурлар жапсырмаларға дәл түспесе, нақты жапсырманың шеті сызғышта қай жерде екенін қарап, принтердің ығысуын сол айырмаға өзгертіңіз (оң мән басуды оңға және төмен жылжытады). Жапсырмалар төменге не оңға қарай барған сайын көбірек ауытқыса, 100 мм сызықты өлшеп, масштабты 100 ÷ өлшенген ұзындық етіп қойыңыз.</translation>
    </message>
    <message>
        <source>Rulers in millimetres from the page&apos;s top-left corner. Current correction: right {x} mm, down {y} mm, scale {scale}.</source>
        <translation>Сызғыштар беттің жоғарғы сол жақ бұрышынан бастап миллиметрмен белгіленген. Қазіргі түзету: оңға {x} мм, төменге {y} мм, масштаб {scale}.</translation>
    </message>
    <message>
        <source>100 mm bar for checking the scale</source>
        <translation>Масштабты тексеруге арналған 100 мм сызық</translation>
    </message>
    <message>
        <source>The sheet name “{name}” may use only small Latin letters, digits, dots, dashes and underscores.</source>
        <translation>«{name}» парақ атауында тек кіші латын әріптері, цифрлар, нүкте, дефис және астын сызу белгісі болуы мүмкін.</translation>
    </message>
    <message>
        <source>Give the sheet a title that you will recognise.</source>
        <translation>Параққа өзіңізге түсінікті атау беріңіз.</translation>
    </message>
    <message>
        <source>page width</source>
        <translation>бет ені</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>бет биіктігі</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>жапсырма ені</translation>
    </message>
    <message>
        <source>label height</source>
        <translation>жапсырма биіктігі</translation>
    </message>
    <message>
        <source>The {what} must be more than 0 mm.</source>
        <translation>«{what}» мәні 0 мм-ден үлкен болуы керек.</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жоғарғы өріс</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол жақ өріс</translation>
    </message>
    <message>
        <source>horizontal gap</source>
        <translation>көлденең аралық</translation>
    </message>
    <message>
        <source>vertical gap</source>
        <translation>тік аралық</translation>
    </message>
    <message>
        <source>corner radius</source>
        <translation>бұрыш радиусы</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>«{what}» мәні теріс болмауы керек.</translation>
    </message>
    <message>
        <source>A sheet needs 1 to 1000 labels (columns × rows).</source>
        <translation>Парақта 1-ден 1000-ға дейін жапсырма болуы керек (бағандар × жолдар).</translation>
    </message>
    <message>
        <source>The labels do not fit on the page: {columns} columns of {width} mm with {gap} mm gaps and a {margin} mm margin need {need} mm, the page is {page} mm wide.</source>
        <translation>Жапсырмалар бетке сыймайды: ені {width} мм {columns} баған, {gap} мм аралықтар және {margin} мм өріс үшін {need} мм керек, ал беттің ені {page} мм.</translation>
    </message>
    <message>
        <source>The labels do not fit on the page: {rows} rows of {height} mm with {gap} mm gaps and a {margin} mm margin need {need} mm, the page is {page} mm high.</source>
        <translation>Жапсырмалар бетке сыймайды: биіктігі {height} мм {rows} жол, {gap} мм аралықтар және {margin} мм өріс үшін {need} мм керек, ал беттің биіктігі {page} мм.</translation>
    </message>
    <message>
        <source>The corner radius is larger than half the label.</source>
        <translation>Бұрыш радиусы жапсырманың жартысынан үлкен.</translation>
    </message>
    <message>
        <source>The layout name “{name}” is not valid.</source>
        <translation>«{name}» макет атауы жарамсыз.</translation>
    </message>
    <message>
        <source>Unknown code type “{code}” (use {known}).</source>
        <translation>Белгісіз код түрі: «{code}» ({known} қолданыңыз).</translation>
    </message>
    <message>
        <source>Text alignment must be “left” or “center”.</source>
        <translation>Мәтінді туралау «left» немесе «center» болуы керек.</translation>
    </message>
    <message>
        <source>The barcode can hold “inventory” or “code”.</source>
        <translation>Штрихкодта «inventory» немесе «code» болуы мүмкін.</translation>
    </message>
    <message>
        <source>Padding and gaps cannot be negative.</source>
        <translation>Ішкі шегіністер мен аралықтар теріс болмауы керек.</translation>
    </message>
    <message>
        <source>The QR code&apos;s smallest size must not exceed its largest size.</source>
        <translation>QR кодының ең кіші өлшемі ең үлкен өлшемінен аспауы керек.</translation>
    </message>
    <message>
        <source>The barcode&apos;s narrowest bar must not exceed its widest bar.</source>
        <translation>Штрихкодтың ең жіңішке сызығы ең жуан сызығынан аспауы керек.</translation>
    </message>
    <message>
        <source>Unknown text field “{field}” (use {known}).</source>
        <translation>Белгісіз мәтін өрісі: «{field}» ({known} қолданыңыз).</translation>
    </message>
    <message>
        <source>The text “{field}” needs a smallest size above 0 and not above its size.</source>
        <translation>«{field}» мәтінінің ең кіші өлшемі 0-ден үлкен және негізгі өлшемінен аспайтын болуы керек.</translation>
    </message>
    <message>
        <source>A printer offset of more than 30 mm is surely a mistake.</source>
        <translation>Принтердің 30 мм-ден асатын ығысуы — анық қате.</translation>
    </message>
    <message>
        <source>The printer scale must be between 0.8 and 1.2 (1 means unchanged).</source>
        <translation>Принтер масштабы 0.8 мен 1.2 аралығында болуы керек (1 — өзгеріссіз).</translation>
    </message>
    <message>
        <source>{file}: unknown setting “{key}”.</source>
        <translation>{file}: белгісіз параметр «{key}».</translation>
    </message>
    <message>
        <source>{file}: “{key}” has a value of the wrong kind.</source>
        <translation>{file}: «{key}» мәнінің түрі дұрыс емес.</translation>
    </message>
    <message>
        <source>{file} is not a valid TOML file: {error}</source>
        <translation>{file} — жарамды TOML файлы емес: {error}</translation>
    </message>
    <message>
        <source>{file}: some sheet measurements are missing.</source>
        <translation>{file}: парақтың кейбір өлшемдері жоқ.</translation>
    </message>
    <message>
        <source>{file}: a layout needs at least one [[text]].</source>
        <translation>{file}: макетте кемінде бір [[text]] болуы керек.</translation>
    </message>
    <message>
        <source>{file}: [[text]] entries must be tables.</source>
        <translation>{file}: [[text]] жазбалары кесте болуы керек.</translation>
    </message>
    <message>
        <source>{file}: each [[text]] needs field, size_pt and min_size_pt.</source>
        <translation>{file}: әр [[text]] ішінде field, size_pt және min_size_pt болуы керек.</translation>
    </message>
    <message>
        <source>{file}: a layout needs a name and a title.</source>
        <translation>{file}: макеттің атауы (name) мен тақырыбы (title) болуы керек.</translation>
    </message>
    <message>
        <source>{file}: the name “{name}” belongs to a shipped one; ignored.</source>
        <translation>{file}: «{name}» атауы бағдарламамен бірге келетін үлгіге тиесілі; файл ескерілмеді.</translation>
    </message>
    <message>
        <source>There is no label {kind} “{name}”. Available: {names}.</source>
        <translation>«{name}» атты {kind} табылмады. Бар нұсқалар: {names}.</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>парақ</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>макет</translation>
    </message>
    <message>
        <source>“{name}” is the name of a sheet that comes with the program; choose another name.</source>
        <translation>«{name}» — бағдарламамен бірге келетін парақтың атауы; басқа атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Неміс тілі</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Француз тілі</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Түрік тілі</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Ұйғыр тілі</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <extracomment>Each language in its own name. Whoever opens a language menu may not read the current language, so these are never translated.</extracomment>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>The program will close and open again to show everything in {language}. Restart now?</source>
        <translation>Барлығын «{language}» тілінде көрсету үшін бағдарлама жабылып, қайта ашылады. Қазір қайта іске қосу керек пе?</translation>
    </message>
    <message>
        <source>The interface will be in {language} from the next start.</source>
        <translation>Келесі іске қосудан бастап интерфейс «{language}» тілінде болады.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The catalog {path} is being opened by another program right now. Try again in a moment.</source>
        <translation>{path} каталогын дәл қазір басқа бағдарлама ашып жатыр. Сәлден кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The catalog {path} is open in Shkola-Lib on the computer «{host}» (since {since}). Close the program there first. If that computer was switched off while the program ran, delete the file {lock} and try again.</source>
        <translation>{path} каталогы «{host}» компьютеріндегі Shkola-Lib бағдарламасында ашық (ашылған уақыты: {since}). Алдымен сол жердегі бағдарламаны жабыңыз. Егер бағдарлама жұмыс істеп тұрғанда ол компьютер өшіп қалса, {lock} файлын жойып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The catalog {path} is already open in Shkola-Lib (process {pid}, since {since}). Only one program may change a catalog at a time: close the other window first.</source>
        <translation>{path} каталогы Shkola-Lib бағдарламасында ашық тұр ({pid} процесі, ашылған уақыты: {since}). Каталогты бір уақытта тек бір бағдарлама өзгерте алады: алдымен басқа терезені жабыңыз.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be changed: {reason}</source>
        <translation>{path} каталогын өзгерту мүмкін емес: {reason}</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Жаңа жазба…</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>Жазбаны &amp;өңдеу…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>Жазбаны ж&amp;ою…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <source>Add &amp;copies…</source>
        <translation>&amp;Даналар қосу…</translation>
    </message>
    <message>
        <source>Add counted &amp;stock…</source>
        <translation>&amp;Түгендеусіз есепке оқулық қосу…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Табу</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation>&amp;Демо деректермен толтыру…</translation>
    </message>
    <message>
        <source>&amp;Check the catalog</source>
        <translation>&amp;Каталогты тексеру</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;About Shkola-Lib</source>
        <translation>Shkola-Lib &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>Файлды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Импорт &amp;тарихы…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>For the &amp;district office…</source>
        <translation>&amp;Аудандық білім бөлімі үшін…</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>&amp;Жапсырмаларды басу…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Backup settings…</source>
        <translation>Сақтық көшірме &amp;баптаулары…</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Каталог</translation>
    </message>
    <message>
        <source>C&amp;opies</source>
        <translation>&amp;Даналар</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shkola-Lib — school library catalog</source>
        <translation>Shkola-Lib — мектеп кітапханасының каталогы</translation>
    </message>
    <message>
        <source>Copy {number} found. Search «{query}» as text instead</source>
        <translation>{number} данасы табылды. Оның орнына «{query}» мәтін ретінде іздеу</translation>
    </message>
    <message>
        <source>Inventory number {number}: copy found.</source>
        <translation>{number} түгендеу нөмірі: дана табылды.</translation>
    </message>
    <message>
        <source>{n} records found.</source>
        <translation>{n} жазба табылды.</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Іздеу сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
        <source>Records: {records} · copies: {copies} · textbooks in stock: {stock}</source>
        <translation>Жазбалар: {records} · даналар: {copies} · түгендеусіз оқулықтар: {stock}</translation>
    </message>
    <message>
        <source>Shkola-Lib</source>
        <translation>Shkola-Lib</translation>
    </message>
    <message>
        <source>The catalog needs repair: Catalog → Check the catalog.</source>
        <translation>Каталогты жөндеу керек: Каталог → Каталогты тексеру.</translation>
    </message>
    <message>
        <source>{problem}

Check the catalog now?</source>
        <translation>{problem}

Каталогты қазір тексеру керек пе?</translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation>Алдымен жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Delete the record «{title}» with its copies? You can undo this with Ctrl+Z.</source>
        <translation>«{title}» жазбасын даналарымен қоса жою керек пе? Мұны Ctrl+Z арқылы болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete {n} records with their copies? You can undo this with Ctrl+Z.</source>
        <translation>{n} жазбаны даналарымен қоса жою керек пе? Мұны Ctrl+Z арқылы болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>{n} records deleted. Ctrl+Z brings them back.</source>
        <translation>{n} жазба жойылды. Ctrl+Z оларды қайтарады.</translation>
    </message>
    <message>
        <source>{n} records restored.</source>
        <translation>{n} жазба қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Demo catalog</source>
        <translation>Демо каталог</translation>
    </message>
    <message>
        <source>How many demo records to add? (Kazakh and Russian books and textbooks)</source>
        <translation>Қанша демо жазба қосылсын? (қазақ және орыс тіліндегі кітаптар мен оқулықтар)</translation>
    </message>
    <message>
        <source>{n} demo records added.</source>
        <translation>{n} демо жазба қосылды.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Тоқтатылды: ештеңе қосылған жоқ.</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Демо жазбалар қосылуда…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shkola-Lib {version}&lt;/h3&gt;&lt;p&gt;The catalog of a school library: books, textbooks and their copies.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Catalog file:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Backups:&lt;br&gt;&lt;tt&gt;{backups}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Settings:&lt;br&gt;&lt;tt&gt;{settings}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Log:&lt;br&gt;&lt;tt&gt;{log}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shkola-Lib {version}&lt;/h3&gt;&lt;p&gt;Мектеп кітапханасының каталогы: кітаптар, оқулықтар және олардың даналары.&lt;/p&gt;&lt;p&gt;MIT лицензиясымен таратылатын еркін бағдарлама.&lt;/p&gt;&lt;p&gt;Каталог файлы:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Сақтық көшірмелер:&lt;br&gt;&lt;tt&gt;{backups}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Баптаулар:&lt;br&gt;&lt;tt&gt;{settings}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Журнал:&lt;br&gt;&lt;tt&gt;{log}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Shkola-Lib</source>
        <translation>Shkola-Lib туралы</translation>
    </message>
</context>
<context>
    <name>MarcIO</name>
    <message>
        <source>The file is not in a MARC format we know (ISO 2709, MARCXML or MarcEdit text).</source>
        <translation>Файл бізге белгілі MARC форматтарының ешқайсысында емес (ISO 2709, MARCXML немесе MarcEdit мәтіні).</translation>
    </message>
    <message>
        <source>{valid} records are valid UTF-8, {invalid} contain invalid bytes.</source>
        <translation>{valid} жазба дұрыс UTF-8 кодтамасында, {invalid} жазбада жарамсыз байттар бар.</translation>
    </message>
    <message>
        <source>All text is valid UTF-8 ({n} non-ASCII characters).</source>
        <translation>Бүкіл мәтін дұрыс UTF-8 кодтамасында (ASCII емес {n} таңба).</translation>
    </message>
    <message>
        <source>Records with leader/09 blank and MARC-8 patterns ({escapes} escape sequences, {combining} combining diacritics).</source>
        <translation>Маркерінің 09 позициясы бос және MARC-8 белгілері бар жазбалар ({escapes} escape-тізбек, {combining} біріктірілетін диакритикалық белгі).</translation>
    </message>
    <message>
        <source>The text is plain ASCII: every supported character set reads it the same.</source>
        <translation>Мәтін тек ASCII таңбаларынан тұрады: оны барлық кодтама бірдей оқиды.</translation>
    </message>
    <message>
        <source>No supported character set decodes this text.</source>
        <translation>Бұл мәтінді қолдау көрсетілетін бірде-бір кодтама оқи алмайды.</translation>
    </message>
    <message>
        <source>Not UTF-8; {encoding} gives the most likely Cyrillic text ({n} characters checked).</source>
        <translation>UTF-8 емес; ең шынайы кирилл мәтінін {encoding} береді ({n} таңба тексерілді).</translation>
    </message>
    <message>
        <source>Windows Cyrillic with Kazakh letters inside words: KZ-1048 ({n} Kazakh letters).</source>
        <translation>Сөздер ішінде қазақ әріптері бар Windows кириллицасы: KZ-1048 ({n} қазақ әрпі).</translation>
    </message>
    <message>
        <source>Field {tag}: these characters cannot be written in {encoding}: {chars}</source>
        <translation>{tag} өрісі: бұл таңбаларды {encoding} кодтамасында жазу мүмкін емес: {chars}</translation>
    </message>
    <message>
        <source>Field {tag}: these characters cannot be written: {chars}</source>
        <translation>{tag} өрісі: бұл таңбаларды жазу мүмкін емес: {chars}</translation>
    </message>
    <message>
        <source>The {what} at leader positions {start}-{end} is not a number: “{value}”.</source>
        <translation>Маркердің {start}-{end} позицияларындағы мән ({what}) сан емес: «{value}».</translation>
    </message>
    <message>
        <source>Directory entry {n} has an invalid tag “{tag}”.</source>
        <translation>Анықтамалықтың {n} элементінде жарамсыз тег бар: «{tag}».</translation>
    </message>
    <message>
        <source>Directory entry {n} (field {tag}): the length or offset is not a number.</source>
        <translation>Анықтамалықтың {n} элементі ({tag} өрісі): ұзындығы не ығысуы сан емес.</translation>
    </message>
    <message>
        <source>Field {tag}: offset {offset} and length {length} point outside the record.</source>
        <translation>{tag} өрісі: {offset} ығысуы мен {length} ұзындығы жазбадан тыс жерді көрсетеді.</translation>
    </message>
    <message>
        <source>Field {tag}: its length covers more than one field.</source>
        <translation>{tag} өрісі: оның ұзындығы бірнеше өрісті қамтиды.</translation>
    </message>
    <message>
        <source>Field {tag}: its length and offset do not end at a field terminator.</source>
        <translation>{tag} өрісі: ұзындығы мен ығысуы өріс соңының белгісіне дәл келмейді.</translation>
    </message>
    <message>
        <source>Field lengths in the directory were wrong; fields were found by terminators.</source>
        <translation>Анықтамалықтағы өріс ұзындықтары қате болды; өрістер соңғы белгілері бойынша табылды.</translation>
    </message>
    <message>
        <source>Field {field}: the bytes cannot be decoded as {encoding} (byte 0x{byte:02X} at position {pos}).</source>
        <translation>{field} өрісі: байттарды {encoding} кодтамасымен оқу мүмкін емес ({pos} позициясындағы 0x{byte:02X} байты).</translation>
    </message>
    <message>
        <source>Field {tag} had no indicators; blanks were assumed.</source>
        <translation>{tag} өрісінде индикаторлар болмады; олар бос орын деп алынды.</translation>
    </message>
    <message>
        <source>Field {tag} has no indicators.</source>
        <translation>{tag} өрісінде индикаторлар жоқ.</translation>
    </message>
    <message>
        <source>Field {tag} has invalid indicators “{ind}”.</source>
        <translation>{tag} өрісінің индикаторлары жарамсыз: «{ind}».</translation>
    </message>
    <message>
        <source>Field {tag}: the data does not start with a subfield code.</source>
        <translation>{tag} өрісі: деректер ішкі өріс кодынан басталмайды.</translation>
    </message>
    <message>
        <source>Field {tag} had {n} extra blanks after the indicators; they were dropped.</source>
        <translation>{tag} өрісінде индикаторлардан кейін {n} артық бос орын болды; олар алынып тасталды.</translation>
    </message>
    <message>
        <source>Field {tag} has an empty subfield (no code).</source>
        <translation>{tag} өрісінде бос ішкі өріс бар (коды жоқ).</translation>
    </message>
    <message>
        <source>Field {tag} has an invalid subfield code (byte 0x{byte:02X}).</source>
        <translation>{tag} өрісінде ішкі өрістің жарамсыз коды бар (0x{byte:02X} байты).</translation>
    </message>
    <message>
        <source>The record is too short ({n} bytes) to hold a leader.</source>
        <translation>Жазба тым қысқа ({n} байт), оған маркер сыймайды.</translation>
    </message>
    <message>
        <source>No record terminator within {n} bytes.</source>
        <translation>{n} байт ішінде жазба соңының белгісі жоқ.</translation>
    </message>
    <message>
        <source>The leader contains bytes that are not printable ASCII.</source>
        <translation>Маркерде басып шығарылатын ASCII таңбасы емес байттар бар.</translation>
    </message>
    <message>
        <source>record length</source>
        <translation>жазба ұзындығы</translation>
    </message>
    <message>
        <source>base address of data</source>
        <translation>деректердің базалық адресі</translation>
    </message>
    <message>
        <source>The record is incomplete: the file ends after {n} of {total} bytes.</source>
        <translation>Жазба толық емес: файл {total} байттың {n} байтынан кейін аяқталады.</translation>
    </message>
    <message>
        <source>The leader gives the record length as {declared}, it is {actual}.</source>
        <translation>Маркерде жазба ұзындығы {declared} деп көрсетілген, ал шын мәнінде {actual}.</translation>
    </message>
    <message>
        <source>The base address {base} is outside the record.</source>
        <translation>{base} базалық адресі жазбадан тыс жатыр.</translation>
    </message>
    <message>
        <source>The directory does not end at the base address {base}.</source>
        <translation>Анықтамалық {base} базалық адресінде аяқталмайды.</translation>
    </message>
    <message>
        <source>The directory is {n} bytes long, not a multiple of 12.</source>
        <translation>Анықтамалықтың ұзындығы {n} байт, бұл 12-ге еселік емес.</translation>
    </message>
    <message>
        <source>The record has no fields.</source>
        <translation>Жазбада өрістер жоқ.</translation>
    </message>
    <message>
        <source>Field {tag} holds undecoded bytes.</source>
        <translation>{tag} өрісінде оқылмаған байттар бар.</translation>
    </message>
    <message>
        <source>Field {tag} has an invalid indicator “{ind}”.</source>
        <translation>{tag} өрісінің индикаторы жарамсыз: «{ind}».</translation>
    </message>
    <message>
        <source>Field {tag} has an invalid subfield code “{code}”.</source>
        <translation>{tag} өрісінде ішкі өрістің жарамсыз коды бар: «{code}».</translation>
    </message>
    <message>
        <source>Invalid tag “{tag}”.</source>
        <translation>Жарамсыз тег: «{tag}».</translation>
    </message>
    <message>
        <source>Field {tag} is longer than 9999 bytes.</source>
        <translation>{tag} өрісі 9999 байттан ұзын.</translation>
    </message>
    <message>
        <source>The record is {n} bytes long; ISO 2709 allows at most 99999.</source>
        <translation>Жазбаның ұзындығы {n} байт; ISO 2709 бойынша ең көбі 99999 болуы мүмкін.</translation>
    </message>
    <message>
        <source>The leader contains characters that are not printable ASCII.</source>
        <translation>Маркерде басып шығарылатын ASCII таңбасы емес таңбалар бар.</translation>
    </message>
    <message>
        <source>Invalid control field tag “{tag}”.</source>
        <translation>Басқару өрісінің тегі жарамсыз: «{tag}».</translation>
    </message>
    <message>
        <source>The record has no leader.</source>
        <translation>Жазбада маркер жоқ.</translation>
    </message>
    <message>
        <source>The leader has {n} characters instead of 24: “{leader}”.</source>
        <translation>Маркерде 24 таңбаның орнына {n} таңба бар: «{leader}».</translation>
    </message>
    <message>
        <source>Invalid data field tag “{tag}”.</source>
        <translation>Деректер өрісінің тегі жарамсыз: «{tag}».</translation>
    </message>
    <message>
        <source>The XML document is not MARCXML (root element &lt;{name}&gt;).</source>
        <translation>XML құжаты MARCXML емес (түбір элементі &lt;{name}&gt;).</translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities ({what}); this is refused for safety.</source>
        <translation>XML файлында DTD немесе нысандар жарияланған ({what}); қауіпсіздік үшін мұндай файл қабылданбайды.</translation>
    </message>
    <message>
        <source>The XML is broken at line {line}, column {column}: reading stopped.</source>
        <translation>XML {line}-жолдың {column}-бағанында бұзылған: оқу тоқтатылды.</translation>
    </message>
    <message>
        <source>The XML file declares a character set this program cannot read ({error}): reading stopped.</source>
        <translation>XML файлында бұл бағдарлама оқи алмайтын кодтама көрсетілген ({error}): оқу тоқтатылды.</translation>
    </message>
    <message>
        <source>Line {n} does not start with “=TAG”.</source>
        <translation>{n}-жол «=TAG» белгісінен басталмайды.</translation>
    </message>
    <message>
        <source>Line {n}: the leader has {k} characters, not 24.</source>
        <translation>{n}-жол: маркерде 24 емес, {k} таңба бар.</translation>
    </message>
    <message>
        <source>The record has no =LDR line.</source>
        <translation>Жазбада =LDR жолы жоқ.</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} has no indicators.</source>
        <translation>{n}-жол: {tag} өрісінде индикаторлар жоқ.</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} has invalid indicators.</source>
        <translation>{n}-жол: {tag} өрісінің индикаторлары жарамсыз.</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} does not continue with “$”.</source>
        <translation>{n}-жол: {tag} өрісі «$» белгісімен жалғаспайды.</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} has an empty subfield code.</source>
        <translation>{n}-жол: {tag} өрісінде ішкі өрістің коды бос.</translation>
    </message>
    <message>
        <source>Line {n} is not valid {encoding}.</source>
        <translation>{n}-жол {encoding} кодтамасына сәйкес емес.</translation>
    </message>
    <message>
        <source>Chosen by the user.</source>
        <translation>Пайдаланушы таңдады.</translation>
    </message>
    <message>
        <source>MARCXML: the XML declaration gives the encoding ({name}).</source>
        <translation>MARCXML: кодтама XML жариялауында көрсетілген ({name}).</translation>
    </message>
    <message>
        <source>MarcEdit text files are UTF-8.</source>
        <translation>MarcEdit мәтін файлдары әрқашан UTF-8 кодтамасында болады.</translation>
    </message>
</context>
<context>
    <name>MarcView</name>
    <message>
        <source>As written for:</source>
        <translation>Экспорттағы түрі:</translation>
    </message>
    <message>
        <source>Select a record to see it in MARC.</source>
        <translation>MARC түрінде көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>No export profile was found.</source>
        <translation>Бірде-бір экспорт профилі табылмады.</translation>
    </message>
    <message>
        <source>This record cannot be shown in MARC: {error}</source>
        <translation>Бұл жазбаны MARC түрінде көрсету мүмкін емес: {error}</translation>
    </message>
</context>
<context>
    <name>MaterialType</name>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Оқулық</translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation>Кітапша</translation>
    </message>
    <message>
        <source>Periodical issue</source>
        <translation>Мерзімді басылым нөмірі</translation>
    </message>
    <message>
        <source>Electronic resource</source>
        <translation>Электрондық ресурс</translation>
    </message>
    <message>
        <source>Audio-visual</source>
        <translation>Аудиовизуалды материал</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Fund</source>
        <translation>Қор</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>These records were left out: the chosen character set cannot hold them.</source>
        <translation>Бұл жазбалар жазылмады: таңдалған кодтамада олардың әріптері жоқ.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Co-author</source>
        <translation>Бірлескен автор</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation>Суретші</translation>
    </message>
    <message>
        <source>Other contributor</source>
        <translation>Басқа қатысушы</translation>
    </message>
</context>
<context>
    <name>PersonsEditor</name>
    <message>
        <source>Name</source>
        <translation>Тегі, аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Жылдары</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Тұлға қосу</translation>
    </message>
    <message>
        <source>Remove the person marked with the arrow</source>
        <translation>Нұсқармен белгіленген тұлғаны жою</translation>
    </message>
    <message>
        <source>Move the marked person up</source>
        <translation>Белгіленген тұлғаны жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the marked person down</source>
        <translation>Белгіленген тұлғаны төмен жылжыту</translation>
    </message>
    <message>
        <source>Surname first, e.g. Әуезов, Мұхтар or Иванов, И. И.</source>
        <translation>Алдымен тегі, мысалы: Әуезов, Мұхтар немесе Иванов, И. И.</translation>
    </message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <source>4. Printer</source>
        <translation>4. Принтер</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Print a &amp;calibration page…</source>
        <translation>&amp;Калибрлеу бетін басу…</translation>
    </message>
    <message>
        <source>If the print misses the stickers, print a calibration page on plain paper, lay it on a sheet of labels and enter the correction it shows. Positive numbers move the print right and down.</source>
        <translation>Басылған мәтін жапсырмаларға дәл түспесе, калибрлеу бетін кәдімгі қағазға басып, жапсырмалар парағының үстіне қойыңыз да, ол көрсеткен түзетуді енгізіңіз. Оң сандар басуды оңға және төмен жылжытады.</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>Move &amp;right:</source>
        <translation>&amp;Оңға жылжыту:</translation>
    </message>
    <message>
        <source>Move &amp;down:</source>
        <translation>&amp;Төмен жылжыту:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Әдепкі принтер</translation>
    </message>
    <message>
        <source>The correction is saved for «{printer}».</source>
        <translation>Түзету «{printer}» үшін сақталды.</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Калибрлеу беті</translation>
    </message>
    <message>
        <source>The calibration page was printed. Lay it on a sheet of labels against the light.</source>
        <translation>Калибрлеу беті басылды. Оны жапсырмалар парағының үстіне қойып, жарыққа қарай ұстаңыз.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Принтерді іске қосу мүмкін болмады. Оның қосулы екенін тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The profile {path} cannot be read: {error}</source>
        <translation>{path} профилін оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>The profile {path} is not valid: {error}</source>
        <translation>{path} профилі жарамсыз: {error}</translation>
    </message>
    <message>
        <source>There is no exchange profile «{name}». Known: {known}.</source>
        <translation>«{name}» алмасу профилі жоқ. Бар профильдер: {known}.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Шығу деректері</translation>
    </message>
    <message>
        <source>Subjects and notes</source>
        <translation>Айдарлар мен ескертпелер</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Edit record — {title}</source>
        <translation>Жазбаны өңдеу — {title}</translation>
    </message>
    <message>
        <source>Material type</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Three-letter codes, comma separated</source>
        <translation>Үш әріпті кодтар, үтір арқылы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>ББК</source>
        <translation>ББК</translation>
    </message>
    <message>
        <source>Author sign</source>
        <translation>Авторлық белгі</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Оқулық</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Сыныптар</translation>
    </message>
    <message>
        <source>e.g. 5 or 10, 11</source>
        <translation>мысалы, 5 немесе 10, 11</translation>
    </message>
    <message>
        <source>School subject</source>
        <translation>Оқу пәні</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>Arriving copies</source>
        <translation>Түсетін даналар</translation>
    </message>
    <message>
        <source>0: catalogue the book without copies</source>
        <translation>0 — кітапты каталогқа данасыз енгізу</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>First inventory number</source>
        <translation>Алғашқы түгендеу нөмірі</translation>
    </message>
    <message>
        <source>Inventory numbers</source>
        <translation>Түгендеу нөмірлері</translation>
    </message>
    <message>
        <source>Counted stock: no inventory numbers</source>
        <translation>Түгендеусіз есеп: түгендеу нөмірлері берілмейді</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>КСУ entry</source>
        <translation>КСУ жазбасы</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Атауға қатысты мәліметтер</translation>
    </message>
    <message>
        <source>Statement of responsibility</source>
        <translation>Жауапкершілік туралы мәліметтер</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Corporate body</source>
        <translation>Ұжымдық автор</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Place of publication</source>
        <translation>Шыққан жері</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Сериядағы нөмірі</translation>
    </message>
    <message>
        <source>UDC</source>
        <translation>ӘОЖ</translation>
    </message>
    <message>
        <source>e.g. 240 p.: ill.</source>
        <translation>мысалы, 240 б.: сур.</translation>
    </message>
    <message>
        <source>Қазақстан тарихы -- Оқулықтар</source>
        <translation>Қазақстан тарихы -- Оқулықтар</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Пәндік айдарлар</translation>
    </message>
    <message>
        <source>One heading per line; put &quot; -- &quot; before each subdivision.</source>
        <translation>Әр жолға бір айдар; әр айдаршаның алдына &quot; -- &quot; қойыңыз.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Түйін сөздер</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Аңдатпа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Сақтап, жаңасын ашу</translation>
    </message>
    <message>
        <source>Save, then start the next book (Ctrl+Shift+S)</source>
        <translation>Сақтап, келесі кітапқа көшу (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Сақтап, жабу (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Сақтамай жабу (Esc)</translation>
    </message>
    <message>
        <source>Enter the year as a number, e.g. 2024.</source>
        <translation>Жылды санмен енгізіңіз, мысалы, 2024.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Saved «{title}», inventory numbers {numbers}.</source>
        <translation>«{title}» сақталды, түгендеу нөмірлері: {numbers}.</translation>
    </message>
    <message>
        <source>Saved «{title}», quantity {quantity}.</source>
        <translation>«{title}» сақталды, саны: {quantity}.</translation>
    </message>
    <message>
        <source>Saved «{title}».</source>
        <translation>«{title}» сақталды.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Close without saving them?</source>
        <translation>Бұл жазбада сақталмаған өзгерістер бар. Оларды сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Shelf mark</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>{type}, grade {grades}</source>
        <translation>{type}, {grades} сынып</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Record {id} does not exist.</source>
        <translation>{id} жазбасы жоқ.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The backup {path} cannot be read: {error}</source>
        <translation>{path} сақтық көшірмесін оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}); it cannot be restored.</source>
        <translation>{path} сақтық көшірмесі бүлінген ({problem}); одан қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>The file {path} is not a Shkola-Lib catalog backup.</source>
        <translation>{path} файлы Shkola-Lib каталогының сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Shkola-Lib. Install the newer version to restore it.</source>
        <translation>{path} сақтық көшірмесі Shkola-Lib бағдарламасының жаңарақ нұсқасымен жасалған. Одан қалпына келтіру үшін жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place: {error}</source>
        <translation>Сақтық көшірмені орнына көшіру мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>The prepared copy is gone; nothing was changed.</source>
        <translation>Дайындалған көшірме жоғалып кетті; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The ZIP file {path} must hold exactly one catalog (.sqlite) file.</source>
        <translation>{path} ZIP файлында дәл бір каталог файлы (.sqlite) болуы керек.</translation>
    </message>
    <message>
        <source>The ZIP file holds «{name}», which would be written outside its folder.</source>
        <translation>ZIP файлында өз бумасынан тыс жазылатын «{name}» бар.</translation>
    </message>
    <message>
        <source>The ZIP file holds a link «{name}»; refused.</source>
        <translation>ZIP файлында «{name}» сілтемесі бар; қабылданбады.</translation>
    </message>
    <message>
        <source>The ZIP file {path} unpacks to far too much data; refused.</source>
        <translation>{path} ZIP файлы ашылғанда тым көп дерек шығады; қабылданбады.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Choose the state of the catalog to go back to. A copy of the catalog as it is now is made first, so a restore can itself be undone.</source>
        <translation>Каталогтың қай күйіне оралу керегін таңдаңыз. Алдымен каталогтың қазіргі күйінің көшірмесі жасалады, сондықтан қалпына келтірудің өзін де болдырмауға болады.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Әзірге сақтық көшірмелер жоқ.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Файл таңдау…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <source>Shkola-Lib backups (*.sqlite *.zip);;All files (*)</source>
        <translation>Shkola-Lib сақтық көшірмелері (*.sqlite *.zip);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>the catalog as it was on {date} ({records} records, {copies} copies)</source>
        <translation>{date} күнгі каталог ({records} жазба, {copies} дана)</translation>
    </message>
    <message>
        <source>the catalog from the file {name}</source>
        <translation>{name} файлындағы каталог</translation>
    </message>
    <message>
        <source>Restore the catalog?</source>
        <translation>Каталогты қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Replace the current catalog by {what}?

A copy of the current catalog is made first; you can go back to it from this list.</source>
        <translation>Қазіргі каталогты мынамен ауыстыру керек пе: {what}?

Алдымен қазіргі каталогтың көшірмесі жасалады; оған осы тізімнен қайта оралуға болады.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>You can cancel at any time (Esc): the catalog then stays as it was.</source>
        <translation>Кез келген уақытта тоқтатуға болады (Esc): сонда каталог бұрынғы күйінде қалады.</translation>
    </message>
    <message>
        <source>Trying {file} (nothing is changed)…</source>
        <translation>{file} сынап көрілуде (ештеңе өзгермейді)…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} импортталуда…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>The scanned code «{code}» could not be looked up: {error}</source>
        <translation>Сканерленген «{code}» кодын іздеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Scanned: copy {number}.</source>
        <translation>Сканерленді: {number} данасы.</translation>
    </message>
    <message>
        <source>Scanned: ISBN {isbn}.</source>
        <translation>Сканерленді: ISBN {isbn}.</translation>
    </message>
    <message>
        <source>Scanned: ISBN {isbn}, {n} records.</source>
        <translation>Сканерленді: ISBN {isbn}, {n} жазба.</translation>
    </message>
    <message>
        <source>No record with the ISBN {isbn}.</source>
        <translation>ISBN {isbn} бар жазба жоқ.</translation>
    </message>
    <message>
        <source>No record with the ISBN {isbn}. Search for it as text?</source>
        <translation>ISBN {isbn} бар жазба жоқ. Оны мәтін ретінде іздеу керек пе?</translation>
    </message>
    <message>
        <source>No copy with the code «{code}».</source>
        <translation>«{code}» коды бар дана жоқ.</translation>
    </message>
    <message>
        <source>No copy with the code «{code}». Search for it as text?</source>
        <translation>«{code}» коды бар дана жоқ. Оны мәтін ретінде іздеу керек пе?</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Сканерленген код</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>The catalog file has lost its index {name}, so the catalog cannot be listed or searched (scanning a label still works). Choose Catalog → Check the catalog and repair it.</source>
        <translation>Каталог файлында {name} индексі жоғалған, сондықтан каталогты тізімдеу де, онда іздеу де мүмкін емес (жапсырманы сканерлеу жұмыс істейді). Каталог → Каталогты тексеру пәрменін таңдап, каталогты жөндеңіз.</translation>
    </message>
    <message>
        <source>The catalog file has lost its search table {name}, so the catalog cannot be searched and records cannot be saved (scanning a label still works). Choose Catalog → Check the catalog and repair it.</source>
        <translation>Каталог файлында {name} іздеу кестесі жоғалған, сондықтан каталогта іздеу де, жазбаларды сақтау да мүмкін емес (жапсырманы сканерлеу жұмыс істейді). Каталог → Каталогты тексеру пәрменін таңдап, каталогты жөндеңіз.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search: title, author, ISBN, ББК, subject, inventory number… (Ctrl+F)</source>
        <translation>Іздеу: атауы, авторы, ISBN, ББК, айдар, түгендеу нөмірі… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Табу:</translation>
    </message>
</context>
<context>
    <name>SheetChooser</name>
    <message>
        <source>2. Sheet</source>
        <translation>2. Парақ</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Жаңа парақ…</translation>
    </message>
    <message>
        <source>Describe a label sheet that is not in the list</source>
        <translation>Тізімде жоқ жапсырма парағын сипаттау</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <source>&amp;On each label:</source>
        <translation>&amp;Әр жапсырмада:</translation>
    </message>
    <message>
        <source>3. First free label on the sheet</source>
        <translation>3. Парақтағы алғашқы бос жапсырма</translation>
    </message>
    <message>
        <source>Click the first free label of the sheet you put in the printer (or move with the arrow keys). Grey labels are already used and stay empty; the tinted ones get this batch.</source>
        <translation>Принтерге салған парағыңыздағы алғашқы бос жапсырманы басыңыз (немесе нұсқар пернелерімен жылжыңыз). Сұр жапсырмалар бұрын пайдаланылған, олар бос қалады; боялғандарына осы топ басылады.</translation>
    </message>
    <message>
        <source>Nothing fits on labels this small; choose another sheet.</source>
        <translation>Мұндай кішкентай жапсырмаларға ештеңе сыймайды; басқа парақ таңдаңыз.</translation>
    </message>
    <message>
        <source>Printing starts at label {n} of {total}.</source>
        <translation>Басу {n}-жапсырмадан басталады (барлығы {total}).</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <source>First label on the sheet</source>
        <translation>Парақтағы алғашқы жапсырма</translation>
    </message>
    <message>
        <source>Label {n} of {total}</source>
        <translation>{n}-жапсырма (барлығы {total})</translation>
    </message>
    <message>
        <source>Label {n}: click to start here</source>
        <translation>{n}-жапсырма: осы жерден бастау үшін басыңыз</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Material type</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Атаулар</translation>
    </message>
    <message>
        <source>Inventoried copies</source>
        <translation>Түгендеу нөмірі бар даналар</translation>
    </message>
    <message>
        <source>Counted stock</source>
        <translation>Түгендеусіз есеп</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Shelf mark</source>
        <translation>Шифр</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New label sheet</source>
        <translation>Жаңа жапсырма парағы</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>210 × 297 mm</source>
        <translation>210 × 297 мм</translation>
    </message>
    <message>
        <source>&amp;Name in the list:</source>
        <translation>Тізімдегі &amp;атауы:</translation>
    </message>
    <message>
        <source>&amp;Paper (width × height):</source>
        <translation>&amp;Қағаз (ені × биіктігі):</translation>
    </message>
    <message>
        <source>&amp;Label (width × height):</source>
        <translation>&amp;Жапсырма (ені × биіктігі):</translation>
    </message>
    <message>
        <source>Labels &amp;across × down:</source>
        <translation>Жапсырмалар &amp;саны (көлденең × тік):</translation>
    </message>
    <message>
        <source>&amp;Top margin:</source>
        <translation>Жо&amp;ғарғы өріс:</translation>
    </message>
    <message>
        <source>L&amp;eft margin:</source>
        <translation>Сол жақ &amp;өріс:</translation>
    </message>
    <message>
        <source>&amp;Gap between columns:</source>
        <translation>&amp;Бағандар аралығы:</translation>
    </message>
    <message>
        <source>Gap &amp;between rows:</source>
        <translation>Жо&amp;лдар аралығы:</translation>
    </message>
    <message>
        <source>&amp;Corner radius:</source>
        <translation>Бұрыш &amp;радиусы:</translation>
    </message>
    <message>
        <source>Measure a sheet with a ruler, or copy the numbers from its package. Margins are measured from the paper&apos;s edge to the edge of the first label; a gap is the space between two labels (0 when they touch).</source>
        <translation>Парақты сызғышпен өлшеңіз немесе сандарды оның қаптамасынан көшіріңіз. Өрістер қағаздың шетінен алғашқы жапсырманың шетіне дейін өлшенеді; аралық — екі жапсырманың арасындағы қашықтық (олар жанасып тұрса, 0).</translation>
    </message>
    <message>
        <source>My sheet: {width} × {height} mm, {n} per sheet</source>
        <translation>Менің парағым: {width} × {height} мм, парақта {n}</translation>
    </message>
    <message>
        <source>{n} labels per sheet</source>
        <translation>Парақта {n} жапсырма</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the catalog</source>
        <translation>Каталог жаңартылуда</translation>
    </message>
    <message>
        <source>The catalog {name} is being upgraded for this version of the program.
A copy of it has been made first. Please wait and do not turn off the computer.</source>
        <translation>{name} каталогы бағдарламаның осы нұсқасына жаңартылуда.
Алдымен оның көшірмесі жасалды. Күте тұрыңыз және компьютерді өшірмеңіз.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An ISBN has 10 or 13 digits (the last may be X).</source>
        <translation>ISBN 10 немесе 13 цифрдан тұрады (соңғысы X болуы мүмкін).</translation>
    </message>
    <message>
        <source>The ISBN check digit is wrong: with these digits it should end in {digit}. Check the number on the book.</source>
        <translation>ISBN бақылау цифры қате: бұл цифрлармен ол {digit} цифрымен аяқталуы керек. Кітаптағы нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>This ISBN is not valid.</source>
        <translation>Бұл ISBN жарамсыз.</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>Атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>The year must be between 1500 and {max}.</source>
        <translation>Жыл 1500 мен {max} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Language codes have three letters, e.g. kaz, rus, eng.</source>
        <translation>Тіл кодтары үш әріптен тұрады, мысалы, kaz, rus, eng.</translation>
    </message>
    <message>
        <source>Grades are numbers from 0 to 12.</source>
        <translation>Сыныптар 0-ден 12-ге дейінгі сандармен жазылады.</translation>
    </message>
    <message>
        <source>Enter the grade for a textbook.</source>
        <translation>Оқулықтың сыныбын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Тұлғаның аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>An academic year looks like 2026-2027.</source>
        <translation>Оқу жылы 2026-2027 түрінде жазылады.</translation>
    </message>
    <message>
        <source>A КСУ entry looks like 12/2026 (number/year).</source>
        <translation>КСУ жазбасы 12/2026 түрінде жазылады (нөмір/жыл).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shkola-Lib</source>
        <translation>Shkola-Lib бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>Your catalog is empty. Start by adding the first book, import the catalog from another library program, or look around in a demo catalog first.</source>
        <translation>Каталогыңыз әзірге бос. Алғашқы кітапты қосудан бастаңыз, каталогты басқа кітапханалық бағдарламадан импорттаңыз немесе алдымен демо каталогпен танысып шығыңыз.</translation>
    </message>
    <message>
        <source>Add the first book (Ctrl+N)</source>
        <translation>Алғашқы кітапты қосу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fill with a demo catalog to try the program</source>
        <translation>Бағдарламаны байқап көру үшін демо каталогпен толтыру</translation>
    </message>
    <message>
        <source>Import a file from another library program (Ctrl+I)</source>
        <translation>Басқа кітапханалық бағдарламадан файл импорттау (Ctrl+I)</translation>
    </message>
    <message>
        <source>Restore the catalog from a backup (a new computer, a damaged file)</source>
        <translation>Каталогты сақтық көшірмеден қалпына келтіру (жаңа компьютер, бүлінген файл)</translation>
    </message>
    <message>
        <source>Your catalog is kept on this computer in the file:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;It works without the internet. To use another file, start the program with &lt;tt&gt;--db PATH&lt;/tt&gt;.</source>
        <translation>Каталогыңыз осы компьютерде мына файлда сақталады:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;Бағдарлама интернетсіз жұмыс істейді. Басқа файлды пайдалану үшін бағдарламаны &lt;tt&gt;--db PATH&lt;/tt&gt; параметрімен іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off a copy</source>
        <translation>Дананы есептен шығару</translation>
    </message>
    <message>
        <source>Copy with inventory number {number}</source>
        <translation>Түгендеу нөмірі {number} дана</translation>
    </message>
    <message>
        <source>Write off textbooks</source>
        <translation>Оқулықтарды есептен шығару</translation>
    </message>
    <message>
        <source>КСУ entry {ksu}, academic year {year}: {remaining} of {quantity} left</source>
        <translation>КСУ жазбасы {ksu}, {year} оқу жылы: {quantity} дананың {remaining} данасы қалды</translation>
    </message>
    <message numerus="yes">
        <source>of %n remaining</source>
        <translation>
            <numerusform>қалған %n данадан</numerusform>
            <numerusform>қалған %n данадан</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>number of the write-off act</source>
        <translation>есептен шығару актісінің нөмірі</translation>
    </message>
    <message>
        <source>&amp;Act number:</source>
        <translation>&amp;Акт нөмірі:</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Тозу</translation>
    </message>
    <message>
        <source>Lost by a reader</source>
        <translation>Оқырманның жоғалтуы</translation>
    </message>
    <message>
        <source>Outdated content</source>
        <translation>Мазмұнының ескіруі</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Бүліну</translation>
    </message>
    <message>
        <source>choose or type</source>
        <translation>таңдаңыз не жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Се&amp;бебі:</translation>
    </message>
    <message>
        <source>The copy stays in the catalog and the inventory book, marked as written off.</source>
        <translation>Дана каталогта және түгендеу кітабында «есептен шығарылған» деген белгімен қалады.</translation>
    </message>
    <message>
        <source>The receipt stays in the КСУ; the write-off is added to its history.</source>
        <translation>Түсім КСУ-да қалады; есептен шығару оның тарихына жазылады.</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <source>This copy is already written off.</source>
        <translation>Бұл дана есептен шығарылып қойған.</translation>
    </message>
    <message>
        <source>Nothing is left to write off in this entry.</source>
        <translation>Бұл жазба бойынша есептен шығаратын ештеңе қалмады.</translation>
    </message>
    <message>
        <source>Write off copy {number} under act {act}?</source>
        <translation>{number} данасын {act} актісі бойынша есептен шығару керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>Write off %n copies of КСУ entry {ksu} under act {act}?</source>
        <translation>
            <numerusform>КСУ жазбасы {ksu} бойынша %n дананы {act} актісімен есептен шығару керек пе?</numerusform>
            <numerusform>КСУ жазбасы {ksu} бойынша %n дананы {act} актісімен есептен шығару керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the write-off act number.</source>
        <translation>Есептен шығару актісінің нөмірін енгізіңіз.</translation>
    </message>
</context>
</TS>
