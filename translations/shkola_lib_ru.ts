<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddCopiesDialog</name>
    <message>
        <source>Add copies</source>
        <translation>Добавление экземпляров</translation>
    </message>
    <message>
        <source>&amp;One copy with its own number and barcode</source>
        <translation>&amp;Один экземпляр со своим номером и штрихкодом</translation>
    </message>
    <message>
        <source>Number of &amp;copies:</source>
        <translation>&amp;Количество экземпляров:</translation>
    </message>
    <message>
        <source>&amp;First inventory number:</source>
        <translation>&amp;Первый инвентарный номер:</translation>
    </message>
    <message>
        <source>scan or type; may stay empty</source>
        <translation>отсканируйте или введите; можно оставить пустым</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>Acquisition &amp;date:</source>
        <translation>&amp;Дата поступления:</translation>
    </message>
    <message>
        <source>supplier, gift, transfer…</source>
        <translation>поставщик, дар, передача…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ис&amp;точник поступления:</translation>
    </message>
    <message>
        <source>&amp;Price per copy:</source>
        <translation>&amp;Цена экземпляра:</translation>
    </message>
    <message>
        <source>e.g. 12/2026</source>
        <translation>например, 12/2026</translation>
    </message>
    <message>
        <source>КСУ &amp;entry:</source>
        <translation>&amp;Запись КСУ:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Inventory number:</source>
        <translation>&amp;Инвентарный номер:</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>Добавление экземпляра</translation>
    </message>
    <message>
        <source>Already in use: {numbers}
Choose another number.</source>
        <translation>Уже заняты: {numbers}
Выберите другой номер.</translation>
    </message>
    <message>
        <source>The copy will get number {number}.</source>
        <translation>Экземпляр получит номер {number}.</translation>
    </message>
    <message>
        <source>The copies will get numbers {first}–{last}.</source>
        <translation>Экземпляры получат номера {first}–{last}.</translation>
    </message>
</context>
<context>
    <name>AddStockDialog</name>
    <message>
        <source>Add textbooks (counted stock)</source>
        <translation>Добавление учебников (безынвентарный учёт)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>e.g. 3/2026</source>
        <translation>например, 3/2026</translation>
    </message>
    <message>
        <source>КСУ &amp;entry:</source>
        <translation>&amp;Запись КСУ:</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>&amp;Учебный год:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>Acquisition &amp;date:</source>
        <translation>&amp;Дата поступления:</translation>
    </message>
    <message>
        <source>supplier, gift, transfer…</source>
        <translation>поставщик, дар, передача…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ис&amp;точник поступления:</translation>
    </message>
    <message>
        <source>&amp;Price per copy:</source>
        <translation>&amp;Цена экземпляра:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The automatic backup when closing failed: {error}</source>
        <translation>Автоматическое резервное копирование при закрытии не удалось: {error}</translation>
    </message>
    <message>
        <source>The settings file was damaged; default settings are used.</source>
        <translation>Файл настроек повреждён; используются настройки по умолчанию.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <source>{path} is not a Shkola-Lib catalog or backup.</source>
        <translation>{path} — не каталог Shkola-Lib и не его резервная копия.</translation>
    </message>
    <message>
        <source>The copy failed its check: {problem}</source>
        <translation>Копия не прошла проверку: {problem}</translation>
    </message>
    <message>
        <source>The backup {path} could not be made: {error}</source>
        <translation>Не удалось создать резервную копию {path}: {error}</translation>
    </message>
    <message>
        <source>The second backup place {folder} is not connected; the backup was kept on this computer only.</source>
        <translation>Второе место для резервных копий ({folder}) не подключено; копия сохранена только на этом компьютере.</translation>
    </message>
    <message>
        <source>The backup could not be copied to {folder}: {error}</source>
        <translation>Не удалось скопировать резервную копию в {folder}: {error}</translation>
    </message>
    <message>
        <source>The copy for {folder} could not be written: {error}</source>
        <translation>Не удалось записать копию для {folder}: {error}</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick in?).</source>
        <translation>Папки {folder} нет (флешка вставлена?).</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Автоматическое резервное копирование не удалось: {error}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <source>and {path}</source>
        <translation>и {path}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>Copying the current catalog aside…</source>
        <translation>Сохранение копии текущего каталога…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>{error}

The catalog was not changed.</source>
        <translation>{error}

Каталог не изменён.</translation>
    </message>
    <message>
        <source>Restore cancelled: the catalog was not changed.</source>
        <translation>Восстановление отменено: каталог не изменён.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>The catalog of {date} is back: {records} records, {copies} copies.</source>
        <translation>Каталог на {date} восстановлен: записей — {records}, экземпляров — {copies}.</translation>
    </message>
    <message>
        <source>The catalog as it was before the restore is kept in {path}.</source>
        <translation>Каталог в том виде, каким он был до восстановления, сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляров</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Настройки резервного копирования</translation>
    </message>
    <message>
        <source>The program backs the catalog up when it closes and once a day while it is open, into {folder}. It keeps one backup for each of the last 7 days, 4 weeks and 12 months.</source>
        <translation>Программа делает резервную копию каталога при закрытии и раз в день, пока открыта, в папку {folder}. Хранится по одной копии за каждый из последних 7 дней, 4 недель и 12 месяцев.</translation>
    </message>
    <message>
        <source>A second copy protects against a broken computer: choose a folder on a USB stick or a network folder. When it is not connected the program says so once.</source>
        <translation>Вторая копия защищает на случай поломки компьютера: выберите папку на флешке или сетевую папку. Если она не подключена, программа один раз скажет об этом.</translation>
    </message>
    <message>
        <source>No second place</source>
        <translation>Второго места нет</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Second backup place</source>
        <translation>Второе место для резервных копий</translation>
    </message>
    <message>
        <source>No second place is set.</source>
        <translation>Второе место не задано.</translation>
    </message>
    <message>
        <source>Backups can be written there.</source>
        <translation>Туда можно записывать резервные копии.</translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <source>1. Which copies</source>
        <translation>1. Какие экземпляры</translation>
    </message>
    <message>
        <source>e.g. 1001-1050</source>
        <translation>например, 1001-1050</translation>
    </message>
    <message>
        <source>&amp;Not yet labelled ({n})</source>
        <translation>&amp;Ещё без наклеек ({n})</translation>
    </message>
    <message>
        <source>&amp;Not yet labelled</source>
        <translation>&amp;Ещё без наклеек</translation>
    </message>
    <message>
        <source>Added &amp;today ({n})</source>
        <translation>Добавленные &amp;сегодня ({n})</translation>
    </message>
    <message>
        <source>Added &amp;today</source>
        <translation>Добавленные &amp;сегодня</translation>
    </message>
    <message>
        <source>Added si&amp;nce</source>
        <translation>Добавленные на&amp;чиная с</translation>
    </message>
    <message>
        <source>Copies of the s&amp;elected records ({n})</source>
        <translation>Экземпляры &amp;выделенных записей ({n})</translation>
    </message>
    <message>
        <source>Copies of the records found by «{query}» ({n})</source>
        <translation>Экземпляры записей, найденных по запросу «{query}» ({n})</translation>
    </message>
    <message>
        <source>Copies of the records in the &amp;list ({n})</source>
        <translation>Экземпляры записей из сп&amp;иска ({n})</translation>
    </message>
    <message>
        <source>Inventory num&amp;bers</source>
        <translation>Инвентарные &amp;номера</translation>
    </message>
    <message>
        <source>Write the first and the last inventory number, e.g. 1001-1050.</source>
        <translation>Укажите первый и последний инвентарный номер, например 1001-1050.</translation>
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
        <translation>Лист {sheet}, наклейка {label}</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>Инв. №</translation>
    </message>
    <message>
        <source>Shelf mark</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>where on the sheets a label is printed: sheet · label</comment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Sheet · label</source>
        <translation>Лист · наклейка</translation>
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
        <translation>Остатков записей, которых уже нет в каталоге (авторы, ISBN, рубрики или поля MARC), в файле: {n}.</translation>
    </message>
    <message>
        <source>{n} records, copies or stock lots refer to an import no longer in the history.</source>
        <translation>Записей, экземпляров или партий безынвентарного учёта, ссылающихся на импорт, которого уже нет в истории импорта: {n}.</translation>
    </message>
    <message>
        <source>… and {n} more like these.</source>
        <translation>… и ещё таких же: {n}.</translation>
    </message>
    <message>
        <source>the latest backup may still have it complete.</source>
        <translation>полные данные могут быть в последней резервной копии.</translation>
    </message>
    <message>
        <source>Copy {number} belongs to a record no longer in the catalog; {backup}</source>
        <translation>Экземпляр {number} относится к записи, которой уже нет в каталоге; {backup}</translation>
    </message>
    <message>
        <source>Counted stock of КСУ entry {ksu} ({year}) belongs to a record no longer in the catalog; {backup}</source>
        <translation>Безынвентарный учёт по записи КСУ {ksu} ({year}) относится к записи, которой уже нет в каталоге; {backup}</translation>
    </message>
    <message>
        <source>Write-off act {act} of {date} is for a copy or stock no longer in the catalog; {backup}</source>
        <translation>Акт списания {act} от {date} относится к экземпляру или учебникам, которых уже нет в каталоге; {backup}</translation>
    </message>
    <message>
        <source>Table {table} row {row} points to a missing entry.</source>
        <translation>Строка {row} таблицы {table} ссылается на несуществующую запись.</translation>
    </message>
    <message>
        <source>The search index has {indexed} entries for {live} records.</source>
        <translation>В поисковом индексе {indexed} строк на {live} записей.</translation>
    </message>
    <message>
        <source>{n} records are missing from the search index.</source>
        <translation>В поисковом индексе не хватает записей: {n}.</translation>
    </message>
    <message>
        <source>«{title}», counted stock of КСУ entry {ksu} ({year}): more copies written off than received.</source>
        <translation>«{title}», безынвентарный учёт по записи КСУ {ksu} ({year}): списано больше экземпляров, чем поступило.</translation>
    </message>
    <message>
        <source>Record {id} has no title.</source>
        <translation>У записи {id} нет заглавия.</translation>
    </message>
    <message>
        <source>Copy {number}: its status and its write-off act disagree.</source>
        <translation>Экземпляр {number}: статус не соответствует акту списания.</translation>
    </message>
    <message>
        <source>The inventory counter ({high}) is below the highest number ({used}).</source>
        <translation>Счётчик инвентарных номеров ({high}) меньше наибольшего номера ({used}).</translation>
    </message>
    <message>
        <source>Record {id} has no title; search for its inventory number {number} to give it one.</source>
        <translation>У записи {id} нет заглавия; чтобы дать его, найдите запись по инвентарному номеру {number}.</translation>
    </message>
    <message>
        <source>Record {id} has no title; search for its ISBN {isbn} to give it one.</source>
        <translation>У записи {id} нет заглавия; чтобы дать его, найдите запись по ISBN {isbn}.</translation>
    </message>
    <message>
        <source>The trigger {name} that tells the export which records changed is missing or altered; exports could write outdated fields.</source>
        <translation>Триггер {name}, по которому экспорт узнаёт об изменённых записях, отсутствует или изменён; экспорт может записать устаревшие поля.</translation>
    </message>
    <message>
        <source>The trigger {name} is missing or altered.</source>
        <translation>Триггер {name} отсутствует или изменён.</translation>
    </message>
    <message>
        <source>The search index table {name} is missing or altered; the catalog cannot be searched and records cannot be saved.</source>
        <translation>Таблица поискового индекса {name} отсутствует или изменена; в каталоге нельзя искать и нельзя сохранять записи.</translation>
    </message>
    <message>
        <source>The index {name} is missing or altered; searches may be slow or fail.</source>
        <translation>Индекс {name} отсутствует или изменён; поиск может работать медленно или не работать вовсе.</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <source>Checking the catalog…</source>
        <translation>Проверка каталога…</translation>
    </message>
    <message>
        <source>Repair cancelled: nothing was changed.</source>
        <translation>Исправление отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Repaired. The catalog is in order.</source>
        <translation>Исправлено. Каталог в порядке.</translation>
    </message>
    <message>
        <source>The catalog is in order.</source>
        <translation>Каталог в порядке.</translation>
    </message>
    <message>
        <source>{problems}

The catalog file itself is damaged, so nothing is repaired in it. Restore the latest backup: Catalog → Restore from a backup…</source>
        <translation>{problems}

Повреждён сам файл каталога, поэтому в нём ничего не исправляется. Восстановите последнюю резервную копию: Каталог → Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>{problems}

Repair what can be repaired now?</source>
        <translation>{problems}

Исправить сейчас то, что можно исправить?</translation>
    </message>
    <message>
        <source>Repairing the catalog…</source>
        <translation>Исправление каталога…</translation>
    </message>
    <message>
        <source>{problems}

These cannot be repaired automatically: correct the records named here.</source>
        <translation>{problems}

Это нельзя исправить автоматически: исправьте названные здесь записи вручную.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>print shelf labels (QR code, shelf mark) to a PDF file</source>
        <translation>напечатать наклейки (QR-код, шифр) в PDF-файл</translation>
    </message>
    <message>
        <source>Make a PDF of shelf labels for label sheets. Sheets: avery-3474, avery-l7160, avery-l7159, avery-l7651 or your own; layouts: standard, spine, spine-text, barcode, qr-and-barcode.</source>
        <translation>Создаёт PDF с наклейками для листов с наклейками. Листы: avery-3474, avery-l7160, avery-l7159, avery-l7651 или свой; макеты: standard, spine, spine-text, barcode, qr-and-barcode.</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-файл, который нужно записать</translation>
    </message>
    <message>
        <source>the label sheet (default avery-3474)</source>
        <translation>лист с наклейками (по умолчанию avery-3474)</translation>
    </message>
    <message>
        <source>what goes on a label (default standard)</source>
        <translation>что печатается на наклейке (по умолчанию standard)</translation>
    </message>
    <message>
        <source>the first free label on a partly used sheet (default 1)</source>
        <translation>первая свободная наклейка на частично использованном листе (по умолчанию 1)</translation>
    </message>
    <message>
        <source>copies of the records found by Q</source>
        <translation>экземпляры записей, найденных по запросу Q</translation>
    </message>
    <message>
        <source>copies with inventory numbers in a range, e.g. 1001-1010</source>
        <translation>экземпляры с инвентарными номерами из диапазона, например 1001-1010</translation>
    </message>
    <message>
        <source>copies whose labels were never printed</source>
        <translation>экземпляры, для которых наклейки ещё не печатались</translation>
    </message>
    <message>
        <source>copies added on or after DATE (YYYY-MM-DD, or “today”)</source>
        <translation>экземпляры, добавленные начиная с даты DATE (ГГГГ-ММ-ДД или “today”)</translation>
    </message>
    <message>
        <source>printer correction: move the print right by MM (or left)</source>
        <translation>поправка принтера: сдвинуть печать вправо на MM мм (или влево)</translation>
    </message>
    <message>
        <source>printer correction: move the print down by MM (or up)</source>
        <translation>поправка принтера: сдвинуть печать вниз на MM мм (или вверх)</translation>
    </message>
    <message>
        <source>printer correction: scale the print (default 1)</source>
        <translation>поправка принтера: масштаб печати (по умолчанию 1)</translation>
    </message>
    <message>
        <source>the library&apos;s name, printed on layouts that show it</source>
        <translation>название библиотеки, печатается на макетах, где оно предусмотрено</translation>
    </message>
    <message>
        <source>what the QR code holds (default {inventory}; e.g. https://lib.example.kz/copy/{inventory})</source>
        <translation>что записывается в QR-код (по умолчанию {inventory}; например, https://lib.example.kz/copy/{inventory})</translation>
    </message>
    <message>
        <source>remember these copies as labelled (for --unprinted)</source>
        <translation>отметить, что наклейки для этих экземпляров напечатаны (для --unprinted)</translation>
    </message>
    <message>
        <source>write the calibration page of the sheet instead of labels</source>
        <translation>вместо наклеек записать калибровочную страницу листа</translation>
    </message>
    <message>
        <source>Wrote the calibration page to {path}.</source>
        <translation>Калибровочная страница записана в {path}.</translation>
    </message>
    <message>
        <source>Choose the copies: --query, --inventory, --unprinted or --added-since.</source>
        <translation>Выберите экземпляры: --query, --inventory, --unprinted или --added-since.</translation>
    </message>
    <message>
        <source>--added-since needs a date like 2026-09-01.</source>
        <translation>Для --added-since нужна дата вида 2026-09-01.</translation>
    </message>
    <message>
        <source>No copies match; no labels were written.</source>
        <translation>Подходящих экземпляров нет; наклейки не записаны.</translation>
    </message>
    <message>
        <source>Wrote {n} labels on {sheets} sheets to {path}. The next free label on the last sheet is {next}.</source>
        <translation>В {path} записано наклеек: {n}, листов: {sheets}. Следующая свободная наклейка на последнем листе: {next}.</translation>
    </message>
    <message>
        <source>Marked {n} copies as labelled.</source>
        <translation>Отмечено экземпляров с напечатанной наклейкой: {n}.</translation>
    </message>
    <message>
        <source>Shkola-Lib, a school library catalog. Without a command, opens the desktop app.</source>
        <translation>Shkola-Lib — каталог школьной библиотеки. Без команды открывает окно программы.</translation>
    </message>
    <message>
        <source>The catalog file is chosen by --db, else by the SHKOLA_LIB_DB environment variable, else the default file in your user data folder.</source>
        <translation>Файл каталога задаётся параметром --db, иначе переменной окружения SHKOLA_LIB_DB, иначе используется файл по умолчанию в папке данных пользователя.</translation>
    </message>
    <message>
        <source>the catalog file to use</source>
        <translation>файл каталога</translation>
    </message>
    <message>
        <source>interface language (kk, ru or en)</source>
        <translation>язык интерфейса (kk, ru или en)</translation>
    </message>
    <message>
        <source>fill the catalog with realistic demo data</source>
        <translation>заполнить каталог правдоподобными демо-данными</translation>
    </message>
    <message>
        <source>how many demo records to add (default 2000)</source>
        <translation>сколько демо-записей добавить (по умолчанию 2000)</translation>
    </message>
    <message>
        <source>search the catalog and print the matches</source>
        <translation>искать в каталоге и вывести найденное</translation>
    </message>
    <message>
        <source>words, an ISBN or an inventory number</source>
        <translation>слова, ISBN или инвентарный номер</translation>
    </message>
    <message>
        <source>print at most N matches (default 50, 0 for all)</source>
        <translation>вывести не больше N результатов (по умолчанию 50, 0 — все)</translation>
    </message>
    <message>
        <source>make a safety copy of the catalog</source>
        <translation>сделать резервную копию каталога</translation>
    </message>
    <message>
        <source>Make a consistent copy of the catalog (safe while the program is open). Without --to it goes to the backups folder beside the catalog.</source>
        <translation>Делает целостную копию каталога (безопасно, даже когда программа открыта). Без --to копия попадает в папку backups рядом с каталогом.</translation>
    </message>
    <message>
        <source>the folder to write the copy to (e.g. a USB stick)</source>
        <translation>папка, куда записать копию (например, на флешке)</translation>
    </message>
    <message>
        <source>replace the catalog by a backup (a copy is made first)</source>
        <translation>заменить каталог резервной копией (сначала делается копия)</translation>
    </message>
    <message>
        <source>Check the backup (integrity, version), copy the current catalog aside into the backups folder, then put the backup in its place. Close the program&apos;s window first.</source>
        <translation>Проверить резервную копию (целостность, версию), отложить текущий каталог в папку резервных копий и поставить резервную копию на его место. Сначала закройте окно программы.</translation>
    </message>
    <message>
        <source>the backup: a .sqlite file, or a ZIP holding one</source>
        <translation>резервная копия: файл .sqlite или ZIP с ним</translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation>список резервных копий</translation>
    </message>
    <message>
        <source>List the backups beside the catalog and in the second backup place, newest first, with their date, kind, size and record and copy counts.</source>
        <translation>Список резервных копий рядом с каталогом и во втором месте, сначала самые новые: дата, вид, размер, число записей и экземпляров.</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>вывести список в формате JSON</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>{records} records, {copies} copies</source>
        <translation>записей: {records}, экземпляров: {copies}</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size}, {counts}).</source>
        <translation>Резервная копия записана: {path} ({size}, {counts}).</translation>
    </message>
    <message>
        <source>The catalog was not changed.</source>
        <translation>Каталог не изменён.</translation>
    </message>
    <message>
        <source>Restored the catalog of {date}: {records} records, {copies} copies.</source>
        <translation>Восстановлен каталог на {date}: записей — {records}, экземпляров — {copies}.</translation>
    </message>
    <message>
        <source>The catalog as it was before is kept in {path}.</source>
        <translation>Прежний каталог сохранён в {path}.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>check the catalog file for damage and inconsistencies</source>
        <translation>проверить файл каталога на повреждения и несоответствия</translation>
    </message>
    <message>
        <source>rebuild the search index and counters if they are out of step, make missing or altered indexes, triggers and the search table again, and remove what records deleted by hand left behind</source>
        <translation>перестроить поисковый индекс и счётчики, если они расходятся с данными, заново создать отсутствующие или изменённые индексы, триггеры и поисковую таблицу и удалить то, что осталось от записей, удалённых вручную</translation>
    </message>
    <message>
        <source>show where the catalog is and what it holds</source>
        <translation>показать, где находится каталог и что в нём</translation>
    </message>
    <message>
        <source>import MARC files (ISO 2709, MARCXML, .mrk)</source>
        <translation>импортировать файлы MARC (ISO 2709, MARCXML, .mrk)</translation>
    </message>
    <message>
        <source>files to import</source>
        <translation>файлы для импорта</translation>
    </message>
    <message>
        <source>records already in the catalog: skip them, merge their copies, or add as new</source>
        <translation>записи, которые уже есть в каталоге: пропустить, добавить их экземпляры или добавить как новые</translation>
    </message>
    <message>
        <source>read and check everything, change nothing</source>
        <translation>всё прочитать и проверить, ничего не меняя</translation>
    </message>
    <message>
        <source>print one JSON object per file as the last lines</source>
        <translation>в последних строках вывести по одному объекту JSON на файл</translation>
    </message>
    <message>
        <source>export records through an exchange profile</source>
        <translation>экспортировать записи по профилю обмена</translation>
    </message>
    <message>
        <source>exchange profile (see the profiles command)</source>
        <translation>профиль обмена (см. команду profiles)</translation>
    </message>
    <message>
        <source>the file to write (with --package: a folder)</source>
        <translation>файл для записи (с --package — папка)</translation>
    </message>
    <message>
        <source>only a search result</source>
        <translation>только результат поиска</translation>
    </message>
    <message>
        <source>only records added or changed since this date</source>
        <translation>только записи, добавленные или изменённые с этой даты</translation>
    </message>
    <message>
        <source>override the profile&apos;s character set</source>
        <translation>заменить кодировку, заданную в профиле</translation>
    </message>
    <message>
        <source>write a dated ZIP for the district office (MARC, summary, manifest)</source>
        <translation>записать ZIP с датой для районного отдела образования (MARC, сводка, манифест)</translation>
    </message>
    <message>
        <source>library name for the package</source>
        <translation>название библиотеки для пакета</translation>
    </message>
    <message>
        <source>list the exchange profiles</source>
        <translation>список профилей обмена</translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation>список выполненных импортов</translation>
    </message>
    <message>
        <source>undo an import by its number</source>
        <translation>отменить импорт по его номеру</translation>
    </message>
    <message>
        <source>--records must be 1 or more.</source>
        <translation>Значение --records должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Added {n} demo records. The catalog now has {records} records, {copies} copies and {stock} textbooks in counted stock.</source>
        <translation>Добавлено демо-записей: {n}. Теперь в каталоге записей: {records}, экземпляров: {copies}, учебников на безынвентарном учёте: {stock}.</translation>
    </message>
    <message>
        <source>Nothing found for «{query}».</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <source>Copy with inventory number {number}:</source>
        <translation>Экземпляр с инвентарным номером {number}:</translation>
    </message>
    <message>
        <source>… and {n} more (use --limit).</source>
        <translation>… и ещё {n} (используйте --limit).</translation>
    </message>
    <message>
        <source>Checking {path} ({size} MB): a large catalog takes a minute or more…</source>
        <translation>Проверяется {path} ({size} МБ): большой каталог проверяется минуту или дольше…</translation>
    </message>
    <message>
        <source>Repaired. The catalog is in order.</source>
        <translation>Исправлено. Каталог в порядке.</translation>
    </message>
    <message>
        <source>The catalog is in order.</source>
        <translation>Каталог в порядке.</translation>
    </message>
    <message>
        <source>Repaired what could be repaired. Still to correct:</source>
        <translation>Исправлено всё, что можно исправить. Осталось исправить:</translation>
    </message>
    <message>
        <source>The catalog file itself is damaged, so nothing was repaired in it. Restore the latest backup: shkola-lib backups, then shkola-lib restore FILE.</source>
        <translation>Повреждён сам файл каталога, поэтому в нём ничего не исправлялось. Восстановите последнюю резервную копию: shkola-lib backups, затем shkola-lib restore ФАЙЛ.</translation>
    </message>
    <message>
        <source>Run “shkola-lib check --repair” to fix what can be fixed.</source>
        <translation>Чтобы исправить то, что можно исправить, выполните “shkola-lib check --repair”.</translation>
    </message>
    <message>
        <source>Catalog file: {path}</source>
        <translation>Файл каталога: {path}</translation>
    </message>
    <message>
        <source>Records: {n} (textbooks: {t})</source>
        <translation>Записей: {n} (учебников: {t})</translation>
    </message>
    <message>
        <source>Inventoried copies: {n} (available: {a}, written off: {w})</source>
        <translation>Экземпляров с инвентарными номерами: {n} (в наличии: {a}, списано: {w})</translation>
    </message>
    <message>
        <source>Textbooks in counted stock: {n}</source>
        <translation>Учебников на безынвентарном учёте: {n}</translation>
    </message>
    <message>
        <source>{file}: {format}, {flavour}, {encoding}. Read {read}, imported {imported}, merged {merged}, skipped as duplicates {skipped}, rejected {rejected}.</source>
        <translation>{file}: {format}, {flavour}, {encoding}. Прочитано: {read}, импортировано: {imported}, объединено: {merged}, пропущено как дубликаты: {skipped}, отклонено: {rejected}.</translation>
    </message>
    <message>
        <source>Trial run: the catalog was not changed.</source>
        <translation>Пробный запуск: каталог не изменён.</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Отчёт: {path}</translation>
    </message>
    <message>
        <source>--since needs a date like 2026-09-01.</source>
        <translation>Для --since нужна дата вида 2026-09-01.</translation>
    </message>
    <message>
        <source>Wrote {n} records to {path} ({profile}).</source>
        <translation>В {path} записано записей: {n} ({profile}).</translation>
    </message>
    <message>
        <source>{n} records were left out because {encoding} cannot hold their letters:</source>
        <translation>Не записано записей: {n}, в кодировке {encoding} нет их букв:</translation>
    </message>
    <message>
        <source>Assumed:</source>
        <translation>Предположение:</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Импортов пока не было.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>read {r}, imported {i}, merged {m}, rejected {x}</source>
        <translation>прочитано {r}, импортировано {i}, объединено {m}, отклонено {x}</translation>
    </message>
    <message>
        <source>Removed {r} records, {c} copies and {s} textbooks of counted stock.</source>
        <translation>Удалено записей: {r}, экземпляров: {c}, учебников безынвентарного учёта: {s}.</translation>
    </message>
    <message>
        <source>Kept {n} records that were changed after the import: {ids}</source>
        <translation>Оставлены записи, изменённые после импорта ({n}): {ids}</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed by the unfinished step.</source>
        <translation>Прервано; незавершённый шаг ничего не изменил.</translation>
    </message>
    <message>
        <source>shkola-lib: unexpected error: {error} (details in {log})</source>
        <translation>shkola-lib: непредвиденная ошибка: {error} (подробности в {log})</translation>
    </message>
</context>
<context>
    <name>CopyStatus</name>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Утерян</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Списан</translation>
    </message>
</context>
<context>
    <name>Crosswalk</name>
    <message>
        <source>Unknown language code {code} ignored.</source>
        <translation>Неизвестный код языка {code} пропущен.</translation>
    </message>
    <message>
        <source>Price not understood, ignored: {price}</source>
        <translation>Цена не распознана и пропущена: {price}</translation>
    </message>
    <message>
        <source>Inventory number {number} appears twice.</source>
        <translation>Инвентарный номер {number} встречается дважды.</translation>
    </message>
    <message>
        <source>A copy without inventory number or barcode was skipped.</source>
        <translation>Экземпляр без инвентарного номера и штрихкода пропущен.</translation>
    </message>
    <message>
        <source>Field 899 ignored: in plain UNIMARC files it does not describe copies (import the file as RUSMARC if it comes from a Russian or Kazakh library).</source>
        <translation>Поле 899 пропущено: в обычных файлах UNIMARC оно не описывает экземпляры (если файл из российской или казахстанской библиотеки, импортируйте его как RUSMARC).</translation>
    </message>
    <message>
        <source>Unknown role code {code} for {name}: imported as other contributor.</source>
        <translation>{name}: неизвестный код роли {code}, импортировано как «другое лицо».</translation>
    </message>
    <message>
        <source>Invalid ISBN kept as it is: {isbn}</source>
        <translation>Неверный ISBN сохранён как есть: {isbn}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file {path} is not a Shkola-Lib catalog.</source>
        <translation>Файл {path} не является каталогом Shkola-Lib.</translation>
    </message>
    <message>
        <source>The catalog {path} has been closed.</source>
        <translation>Каталог {path} закрыт.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Не удаётся создать папку {folder}: {error}</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be read: {error}</source>
        <translation>Не удаётся прочитать каталог {path}: {error}</translation>
    </message>
    <message>
        <source>The file {path} is a database, but not a Shkola-Lib catalog.</source>
        <translation>Файл {path} — база данных, но не каталог Shkola-Lib.</translation>
    </message>
    <message>
        <source>The catalog {path} was written by a newer version of Shkola-Lib. Install the newer version to open it; the file was not changed.</source>
        <translation>Каталог {path} записан более новой версией Shkola-Lib. Чтобы открыть его, установите новую версию; файл не изменён.</translation>
    </message>
    <message>
        <source>The catalog {path} could not be upgraded to this version: {error}. It was left as it was.</source>
        <translation>Не удалось обновить каталог {path} до этой версии: {error}. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>A copy made before the upgrade is in {backup}.</source>
        <translation>Копия, сделанная перед обновлением: {backup}.</translation>
    </message>
    <message>
        <source>The disk that holds the catalog is full, so nothing was saved; the catalog is as it was. Free some space on it (empty the Recycle Bin, move old files away) and try again.</source>
        <translation>Диск, на котором хранится каталог, заполнен, поэтому ничего не сохранено; каталог остался прежним. Освободите на нём место (очистите Корзину, перенесите старые файлы) и повторите.</translation>
    </message>
    <message>
        <source>The catalog file is damaged ({error}). Choose Catalog → Check the catalog; if it confirms the damage, restore the latest backup: Catalog → Restore from a backup…</source>
        <translation>Файл каталога повреждён ({error}). Выберите Каталог → Проверить каталог; если проверка подтвердит повреждение, восстановите последнюю резервную копию: Каталог → Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>The disk that holds the catalog could not be read or written ({error}); what was being saved was not saved. If it happens again, the disk may be failing: make a backup to another disk now.</source>
        <translation>Не удалось прочитать диск с каталогом или записать на него ({error}); то, что сохранялось, не сохранено. Если это повторится, диск, возможно, выходит из строя: сразу сделайте резервную копию на другой диск.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Holdings</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>Add copies…</source>
        <translation>Добавить экземпляры…</translation>
    </message>
    <message>
        <source>Add counted stock…</source>
        <translation>Добавить учебники…</translation>
    </message>
    <message>
        <source>Edit copy…</source>
        <translation>Изменить экземпляр…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Списать…</translation>
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
        <translation>Выберите запись, чтобы увидеть её описание и экземпляры.</translation>
    </message>
    <message>
        <source>{copies} copies ({available} available), {stock} in counted stock</source>
        <translation>{copies} (в наличии {available}), на безынвентарном учёте: {stock}</translation>
    </message>
    <message>
        <source>Holdings: {counts}</source>
        <translation>Экземпляры: {counts}</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
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
        <translation>УДК</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>School subject</source>
        <translation>Учебный предмет</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметные рубрики</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Edit this record (Ctrl+E)</source>
        <translation>Изменить запись (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Records read from the file:</source>
        <translation>Прочитано записей из файла:</translation>
    </message>
    <message>
        <source>Added as new records:</source>
        <translation>Добавлено новых записей:</translation>
    </message>
    <message>
        <source>Already in the catalog, their copies added:</source>
        <translation>Уже были в каталоге, добавлены их экземпляры:</translation>
    </message>
    <message>
        <source>Already in the catalog, skipped:</source>
        <translation>Уже были в каталоге, пропущены:</translation>
    </message>
    <message>
        <source>Rejected because of errors (see the report):</source>
        <translation>Отклонено из-за ошибок (см. отчёт):</translation>
    </message>
    <message>
        <source>Copies added:</source>
        <translation>Добавлено экземпляров:</translation>
    </message>
    <message>
        <source>Textbooks added to counted stock:</source>
        <translation>Добавлено учебников на безынвентарный учёт:</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Открыть &amp;отчёт</translation>
    </message>
    <message>
        <source>Import &amp;for real now</source>
        <translation>&amp;Импортировать по-настоящему</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Выбрать &amp;другой файл…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>The catalog is exactly as it was before the import.</source>
        <translation>Каталог остался точно таким же, как до импорта.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Этот файл невозможно импортировать</translation>
    </message>
    <message>
        <source>The import failed: nothing was changed.</source>
        <translation>Импорт не удался: ничего не изменено.</translation>
    </message>
    <message>
        <source>Trial run finished: nothing was changed.</source>
        <translation>Пробный запуск завершён: ничего не изменено.</translation>
    </message>
    <message>
        <source>This is what importing {file} would do:</source>
        <translation>Вот что произойдёт при импорте {file}:</translation>
    </message>
    <message>
        <source>Press «Import for real now» to import it.</source>
        <translation>Чтобы импортировать его, нажмите «Импортировать по-настоящему».</translation>
    </message>
    <message>
        <source>Import finished: {n} new records in the catalog.</source>
        <translation>Импорт завершён. Новых записей в каталоге: {n}.</translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation>Из файла {file}:</translation>
    </message>
    <message>
        <source>If something is wrong, the whole import can be undone: Catalog → Import history.</source>
        <translation>Если что-то не так, весь импорт можно отменить: Каталог → История импорта.</translation>
    </message>
    <message>
        <source>All records of {file} are already in the catalog; nothing was added.</source>
        <translation>Все записи из {file} уже есть в каталоге; ничего не добавлено.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>Open existing record</source>
        <translation>Открыть имеющуюся запись</translation>
    </message>
    <message>
        <source>Close this form and open the record already in the catalog, to add copies</source>
        <translation>Закрыть эту форму и открыть запись, которая уже есть в каталоге, чтобы добавить экземпляры</translation>
    </message>
    <message>
        <source>This book may already be in the catalog: «{title}»</source>
        <translation>Возможно, эта книга уже есть в каталоге: «{title}»</translation>
    </message>
    <message>
        <source>This book may already be in the catalog: «{title}» ({year})</source>
        <translation>Возможно, эта книга уже есть в каталоге: «{title}» ({year})</translation>
    </message>
    <message numerus="yes">
        <source>%n more similar record(s) found.</source>
        <translation>
            <numerusform>Найдена ещё %n похожая запись.</numerusform>
            <numerusform>Найдены ещё %n похожие записи.</numerusform>
            <numerusform>Найдено ещё %n похожих записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Continue as a new record</source>
        <translation>Продолжить как новую запись</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Books already in the catalog</source>
        <translation>Книги, которые уже есть в каталоге</translation>
    </message>
    <message>
        <source>Choose what to do with records the catalog already has.</source>
        <translation>Выберите, что делать с записями, которые уже есть в каталоге.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Already in the catalog</source>
        <translation>Уже в каталоге</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Совпадение по</translation>
    </message>
    <message>
        <source>&amp;Trial run (change nothing): only see what would happen</source>
        <translation>Пробный &amp;запуск (ничего не менять): только посмотреть, что получится</translation>
    </message>
    <message>
        <source>When a record is already in the catalog:</source>
        <translation>Если запись уже есть в каталоге:</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>title, author, year</source>
        <translation>заглавие, автор, год</translation>
    </message>
    <message>
        <source>{n} of the first {sample} records are already in the catalog:</source>
        <translation>Проверено первых записей: {sample}; из них уже есть в каталоге: {n}:</translation>
    </message>
    <message>
        <source>None of the first {sample} records are in the catalog yet.</source>
        <translation>Проверено первых записей: {sample}; ни одной из них в каталоге ещё нет.</translation>
    </message>
    <message>
        <source>The rest of the file is checked the same way while importing.</source>
        <translation>Остальная часть файла проверяется так же во время импорта.</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Попробовать</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>EditCopyDialog</name>
    <message>
        <source>Copy {number}</source>
        <translation>Экземпляр {number}</translation>
    </message>
    <message>
        <source>Inventory number {number}</source>
        <translation>Инвентарный номер {number}</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>Acquisition &amp;date:</source>
        <translation>&amp;Дата поступления:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ис&amp;точник поступления:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Цена:</translation>
    </message>
    <message>
        <source>e.g. 12/2026</source>
        <translation>например, 12/2026</translation>
    </message>
    <message>
        <source>КСУ &amp;entry:</source>
        <translation>&amp;Запись КСУ:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Written off on {date}, act {act}</source>
        <translation>Списан {date}, акт {act}</translation>
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
        <translation>Файл журнала: {path}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The program met an unexpected error. Your saved work is safe in the catalog. If it happens again, send the log file to whoever supports the program.</source>
        <translation>В программе произошла непредвиденная ошибка. Всё сохранённое в каталоге цело. Если ошибка повторится, отправьте файл журнала тому, кто обслуживает программу.</translation>
    </message>
    <message>
        <source>Error: {message}
Log file: {path}</source>
        <translation>Ошибка: {message}
Файл журнала: {path}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>ISO 2709 exchange file</source>
        <extracomment>Names of standards: not translated.</extracomment>
        <translation>Файл обмена ISO 2709</translation>
    </message>
    <message>
        <source>MARCXML</source>
        <translation>MARCXML</translation>
    </message>
    <message>
        <source>MarcEdit text</source>
        <translation>Текст MarcEdit</translation>
    </message>
    <message>
        <source>almost certainly</source>
        <translation>почти наверняка</translation>
    </message>
    <message>
        <source>probably</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <source>a guess: check that the titles below read correctly</source>
        <translation>предположение: проверьте, правильно ли читаются заглавия ниже</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>field {tag} has letters that {encoding} cannot hold: {chars}</source>
        <translation>в поле {tag} есть буквы, которых нет в кодировке {encoding}: {chars}</translation>
    </message>
    <message>
        <source>Exported {n} of {total} records</source>
        <translation>Экспортировано записей: {n} из {total}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>For the district office</source>
        <translation>Для районного отдела образования</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Экспорт каталога</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>Почему пропущена</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Выберите, куда сохранить экспорт.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — это папка; допишите имя файла.</translation>
    </message>
    <message>
        <source>Choose who the file is for.</source>
        <translation>Выберите, для кого предназначен файл.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} уже есть в папке {folder}. Заменить его?</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <source>There are no records to export in this choice.</source>
        <translation>В выбранном нет записей для экспорта.</translation>
    </message>
    <message>
        <source>Nothing was written. {reason}</source>
        <translation>Ничего не записано. {reason}</translation>
    </message>
    <message>
        <source>The export failed, nothing was written: {error}</source>
        <translation>Экспорт не удался, ничего не записано: {error}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>The package is ready.</source>
        <translation>Пакет готов.</translation>
    </message>
    <message>
        <source>{name} was written to {folder}: {n} records, {copies} copies and {stock} textbooks in counted stock, as «{profile}». It holds the MARC file, a summary table (Excel and CSV) and a manifest.</source>
        <translation>{name} записан в папку {folder} для «{profile}»: записей — {n}, экземпляров — {copies}, учебников на безынвентарном учёте — {stock}. В нём файл MARC, сводная таблица (Excel и CSV) и манифест.</translation>
    </message>
    <message>
        <source>The export is complete.</source>
        <translation>Экспорт завершён.</translation>
    </message>
    <message>
        <source>{n} records were written to {path} as «{profile}», character set {encoding}.</source>
        <translation>В {path} записано записей: {n}, для «{profile}», кодировка {encoding}.</translation>
    </message>
    <message>
        <source>The file is complete; you can remove the USB stick now.</source>
        <translation>Файл записан полностью; флешку можно извлечь.</translation>
    </message>
    <message>
        <source>{n} records were left out because the character set cannot hold their letters:</source>
        <translation>Не записано записей: {n}, в выбранной кодировке нет их букв:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Stop the export?</source>
        <translation>Остановить экспорт?</translation>
    </message>
    <message>
        <source>Stop the export? Nothing will be written.</source>
        <translation>Остановить экспорт? Ничего не будет записано.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>&amp;District package (ZIP with the MARC file, a summary table and a manifest)</source>
        <translation>Пакет для &amp;районного отдела (ZIP с файлом MARC, сводной таблицей и манифестом)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>e.g. School No. 12, Astana</source>
        <translation>например, школа № 12, Астана</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>&amp;Library name:</source>
        <translation>&amp;Название библиотеки:</translation>
    </message>
    <message>
        <source>Character &amp;set:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>The &amp;whole catalog ({n} records)</source>
        <translation>&amp;Весь каталог (записей: {n})</translation>
    </message>
    <message>
        <source>The &amp;whole catalog</source>
        <translation>&amp;Весь каталог</translation>
    </message>
    <message>
        <source>The records found by the &amp;search «{query}» ({n})</source>
        <translation>Записи, найденные по &amp;запросу «{query}» ({n})</translation>
    </message>
    <message>
        <source>The records shown in the &amp;list ({n})</source>
        <translation>Записи, показанные в &amp;списке ({n})</translation>
    </message>
    <message>
        <source>The s&amp;elected records ({n})</source>
        <translation>В&amp;ыделенные записи ({n})</translation>
    </message>
    <message>
        <source>Records added or &amp;changed since</source>
        <translation>Записи, добавленные или &amp;изменённые с</translation>
    </message>
    <message>
        <source>Where to save the package</source>
        <translation>Куда сохранить пакет</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Сохранить экспорт как</translation>
    </message>
    <message>
        <source>MARC file (*.{ext})</source>
        <translation>Файл MARC (*.{ext})</translation>
    </message>
    <message>
        <source>MARCXML and MarcEdit files are always written in UTF-8.</source>
        <translation>Файлы MARCXML и MarcEdit всегда записываются в UTF-8.</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>The package will be saved in this folder as {name}.</source>
        <translation>Пакет будет сохранён в эту папку под именем {name}.</translation>
    </message>
    <message>
        <source>This is a removable drive (USB stick).</source>
        <translation>Это съёмный диск (флешка).</translation>
    </message>
    <message>
        <source>Windows-1251 has no Kazakh letters (ә ғ қ ң ө ұ ү һ): records with them cannot be written and will be left out and listed. Choose it only if the receiving program cannot read UTF-8.</source>
        <translation>В Windows-1251 нет казахских букв (ә ғ қ ң ө ұ ү һ): записи с ними записать нельзя, они будут пропущены и перечислены. Выбирайте её, только если принимающая программа не читает UTF-8.</translation>
    </message>
    <message>
        <source>{encoding} may not hold every letter: such records are left out and listed.</source>
        <translation>В кодировке {encoding} может не оказаться некоторых букв: такие записи будут пропущены и перечислены.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which file do you want to import?</source>
        <translation>Какой файл импортировать?</translation>
    </message>
    <message>
        <source>A catalog file from another library program or a publisher: MARC records in ISO 2709 (.iso, .mrc), MARCXML (.xml) or MarcEdit (.mrk).</source>
        <translation>Файл каталога из другой библиотечной программы или от издательства: записи MARC в формате ISO 2709 (.iso, .mrc), MARCXML (.xml) или MarcEdit (.mrk).</translation>
    </message>
    <message>
        <source>The file&apos;s full path</source>
        <translation>Полный путь к файлу</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Tip: you can also drag the file from a folder or a USB stick onto the main window. Nothing is changed in the catalog until the last step.</source>
        <translation>Совет: файл можно также перетащить из папки или с флешки в главное окно. До последнего шага в каталоге ничего не меняется.</translation>
    </message>
    <message>
        <source>Catalog files ({patterns})</source>
        <translation>Файлы каталогов ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>There is no space left on the disk for {path}.</source>
        <translation>На диске не осталось места для {path}.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk.</source>
        <translation>{path} находится на диске, защищённом от записи.</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>Нет прав на запись {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk or folder is gone (was it removed?).</source>
        <translation>Не удаётся записать {path}: диск или папка пропали (может быть, флешку извлекли?).</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>Не удаётся записать {path}: {error}</translation>
    </message>
</context>
<context>
    <name>FoundPage</name>
    <message>
        <source>What the file holds</source>
        <translation>Что в файле</translation>
    </message>
    <message>
        <source>Check that the titles below read correctly.</source>
        <translation>Проверьте, правильно ли читаются заглавия ниже.</translation>
    </message>
    <message>
        <source>The first titles, as they will be imported:</source>
        <translation>Первые заглавия в том виде, в каком они будут импортированы:</translation>
    </message>
    <message>
        <source>If you see strange letters instead of words, open «More choices» and try another character set: the titles are read again at once.</source>
        <translation>Если вместо слов видны странные буквы, откройте «Дополнительно» и попробуйте другую кодировку: заглавия сразу прочитаются заново.</translation>
    </message>
    <message>
        <source>It may be another kind of file (a document or a spreadsheet), or it is damaged. Ask the sender for the catalog as a MARC file (ISO 2709 .iso or .mrc, MARCXML .xml or MarcEdit .mrk), or choose another file.</source>
        <translation>Возможно, это файл другого типа (документ или электронная таблица) или он повреждён. Попросите отправителя прислать каталог в виде файла MARC (ISO 2709 .iso или .mrc, MARCXML .xml или MarcEdit .mrk) или выберите другой файл.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Выбрать &amp;другой файл…</translation>
    </message>
    <message>
        <source>More choices: format, kind of MARC, character set</source>
        <translation>Дополнительно: формат, вид MARC, кодировка</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Kind of MARC:</source>
        <translation>&amp;Вид MARC:</translation>
    </message>
    <message>
        <source>C&amp;haracter set:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Этот файл невозможно импортировать</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>записей: {n}</translation>
    </message>
    <message>
        <source>about {n} records</source>
        <translation>записей: около {n}</translation>
    </message>
    <message>
        <source>{flavour}, {count}, {encoding}</source>
        <translation>{flavour}, {count}, {encoding}</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>выбрано вами</translation>
    </message>
    <message>
        <source>{format} · character set: {encoding} ({certainty}). {reason}</source>
        <translation>{format} · кодировка: {encoding} ({certainty}). {reason}</translation>
    </message>
    <message>
        <source>{bad} of the first {n} records cannot be read with this character set; they will be listed in the report.</source>
        <translation>Из первых записей ({n}) в этой кодировке не читаются: {bad}; они будут перечислены в отчёте.</translation>
    </message>
    <message>
        <source>No readable records were found. Try another character set or file.</source>
        <translation>Читаемых записей не найдено. Попробуйте другую кодировку или другой файл.</translation>
    </message>
    <message>
        <source>Detect automatically (found: {value})</source>
        <translation>Определить автоматически (найдено: {value})</translation>
    </message>
    <message>
        <source>A MARCXML file names its own character set.</source>
        <translation>Файл MARCXML сам указывает свою кодировку.</translation>
    </message>
</context>
<context>
    <name>Holdings</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <source>A series starts from a number made of digits.</source>
        <translation>Серия номеров должна начинаться с номера из одних цифр.</translation>
    </message>
    <message>
        <source>Enter how many copies (1 to 10000).</source>
        <translation>Укажите количество экземпляров (от 1 до 10000).</translation>
    </message>
    <message>
        <source>Inventory numbers already in use: {numbers}</source>
        <translation>Инвентарные номера уже заняты: {numbers}</translation>
    </message>
    <message>
        <source>Enter the inventory number.</source>
        <translation>Введите инвентарный номер.</translation>
    </message>
    <message>
        <source>Inventory number {number} is already in use.</source>
        <translation>Инвентарный номер {number} уже занят.</translation>
    </message>
    <message>
        <source>Barcode {code} is already in use.</source>
        <translation>Штрихкод {code} уже занят.</translation>
    </message>
    <message>
        <source>The copy no longer exists.</source>
        <translation>Этого экземпляра больше нет.</translation>
    </message>
    <message>
        <source>Use «Write off» to write a copy off.</source>
        <translation>Чтобы списать экземпляр, воспользуйтесь кнопкой «Списать».</translation>
    </message>
    <message>
        <source>Enter the quantity (1 or more).</source>
        <translation>Укажите количество (1 или больше).</translation>
    </message>
    <message>
        <source>Enter the write-off act number.</source>
        <translation>Введите номер акта списания.</translation>
    </message>
    <message>
        <source>This copy is already written off.</source>
        <translation>Этот экземпляр уже списан.</translation>
    </message>
    <message>
        <source>The stock entry no longer exists.</source>
        <translation>Этой записи безынвентарного учёта больше нет.</translation>
    </message>
    <message>
        <source>You can write off 1 to {max} copies here.</source>
        <translation>Здесь можно списать от 1 до {max} экз.</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <source>Inventory no. / quantity</source>
        <translation>Инв. № / кол-во</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>КСУ entry</source>
        <translation>Запись КСУ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Written off, act {act}</source>
        <translation>Списан, акт {act}</translation>
    </message>
    <message>
        <source>{n} pcs (counted stock)</source>
        <translation>{n} шт. (безынвентарно)</translation>
    </message>
    <message>
        <source>{n} written off</source>
        <translation>списано: {n}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Skip records already in the catalog</source>
        <translation>Пропускать записи, которые уже есть в каталоге</translation>
    </message>
    <message>
        <source>Add their copies to the records already in the catalog</source>
        <translation>Добавлять их экземпляры к записям, уже имеющимся в каталоге</translation>
    </message>
    <message>
        <source>Add them as new records anyway</source>
        <translation>Всё равно добавлять как новые записи</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {error}</source>
        <translation>Не удаётся прочитать файл {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a MARC file this program can read: {error}</source>
        <translation>{path} — не файл MARC, который может прочитать эта программа: {error}</translation>
    </message>
    <message>
        <source>Year {year} is not plausible and was left out.</source>
        <translation>Год {year} неправдоподобен и пропущен.</translation>
    </message>
    <message>
        <source>A copy without an inventory number was not imported.</source>
        <translation>Экземпляр без инвентарного номера не импортирован.</translation>
    </message>
    <message>
        <source>Inventory number {number} is already used (record {record}); this copy was not imported.</source>
        <translation>Инвентарный номер {number} уже занят (запись {record}); этот экземпляр не импортирован.</translation>
    </message>
    <message>
        <source>Barcode {code} is already in use; it was left out.</source>
        <translation>Штрихкод {code} уже занят; он пропущен.</translation>
    </message>
    <message>
        <source>Imported {n} of about {total} records</source>
        <translation>Импортировано записей: {n} из примерно {total}</translation>
    </message>
    <message>
        <source>No records were found in {path}.</source>
        <translation>В {path} не найдено ни одной записи.</translation>
    </message>
    <message>
        <source>Cannot be mapped: {error}</source>
        <translation>Не удаётся преобразовать в запись каталога: {error}</translation>
    </message>
    <message>
        <source>The record has no title.</source>
        <translation>У записи нет заглавия.</translation>
    </message>
    <message>
        <source>Import {id} does not exist or was already undone.</source>
        <translation>Импорта {id} нет или он уже отменён.</translation>
    </message>
    <message>
        <source>Backing up the catalog before the import…</source>
        <translation>Создаётся резервная копия каталога перед импортом…</translation>
    </message>
    <message>
        <source>No copy of the catalog could be made before the import, so nothing was imported: {error}</source>
        <translation>Перед импортом не удалось сделать резервную копию каталога, поэтому ничего не импортировано: {error}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Every import is kept here. Undoing one removes the records and copies it added; records you have changed since are kept.</source>
        <translation>Здесь хранится каждый импорт. При отмене импорта удаляются добавленные им записи и экземпляры; записи, которые вы с тех пор изменили, остаются.</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Отменить этот импорт…</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Открыть от&amp;чёт</translation>
    </message>
    <message>
        <source>its {n} new records with their copies</source>
        <translation>добавленные им новые записи ({n}) вместе с экземплярами</translation>
    </message>
    <message>
        <source>its {n} new records with their copies, and the copies it added to {m} records already in the catalog</source>
        <translation>добавленные им новые записи ({n}) вместе с экземплярами, а также экземпляры, добавленные к уже имевшимся записям ({m})</translation>
    </message>
    <message>
        <source>Undo the import?</source>
        <translation>Отменить импорт?</translation>
    </message>
    <message>
        <source>Undo the import of «{file}» from {date}?

This removes {what}. Records you have changed since the import are kept.</source>
        <translation>Отменить импорт «{file}» от {date}?

Будут удалены {what}. Записи, которые вы изменили после импорта, останутся.</translation>
    </message>
    <message>
        <source>Undone: {records} records and {copies} copies removed.</source>
        <translation>Импорт отменён. Удалено записей: {records}, экземпляров: {copies}.</translation>
    </message>
    <message>
        <source>{n} textbooks removed from counted stock.</source>
        <translation>Снято с безынвентарного учёта учебников: {n}.</translation>
    </message>
    <message>
        <source>{n} records were kept because they were changed after the import.</source>
        <translation>Оставлено записей, изменённых после импорта: {n}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новых</translation>
    </message>
    <message>
        <source>Copies added to</source>
        <translation>Пополнено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a file from another library program</source>
        <extracomment>Extensions offered first in the file dialog (any file can still be chosen).</extracomment>
        <translation>Импорт файла из другой библиотечной программы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Не удалось прочитать файл: {error}</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Остановить импорт?</translation>
    </message>
    <message>
        <source>Stop importing {file}? Nothing will be changed in the catalog; you can import the file again later.</source>
        <translation>Остановить импорт {file}? В каталоге ничего не изменится; файл можно будет импортировать позже.</translation>
    </message>
</context>
<context>
    <name>IsbnListEditor</name>
    <message>
        <source>Add another ISBN</source>
        <translation>Добавить ещё ISBN</translation>
    </message>
    <message>
        <source>Remove this ISBN</source>
        <translation>Удалить этот ISBN</translation>
    </message>
    <message>
        <source>Type or scan the ISBN; hyphens are optional.</source>
        <translation>Введите или отсканируйте ISBN; дефисы не обязательны.</translation>
    </message>
    <message>
        <source>Valid ISBN</source>
        <translation>ISBN верный</translation>
    </message>
    <message>
        <source>{count} of 13 digits</source>
        <translation>{count} из 13 цифр</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Печать наклеек</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>This is how the sheets will print. The grey outlines show the edges of the labels; they are not printed.</source>
        <translation>Так будут напечатаны листы. Серые контуры показывают края наклеек; они не печатаются.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Finding the copies…</source>
        <translation>Поиск экземпляров…</translation>
    </message>
    <message>
        <source>There are no copies to label in this choice.</source>
        <translation>В этом выборе нет экземпляров для наклеек.</translation>
    </message>
    <message>
        <source>Choose a sheet and what is printed on it.</source>
        <translation>Выберите лист и то, что на нём печатается.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n label(s)…</source>
        <translation>
            <numerusform>Подготовка %n наклейки…</numerusform>
            <numerusform>Подготовка %n наклеек…</numerusform>
            <numerusform>Подготовка %n наклеек…</numerusform>
        </translation>
    </message>
    <message>
        <source>No copies in this choice.</source>
        <translation>В этом выборе нет экземпляров.</translation>
    </message>
    <message>
        <source>{labels} on {sheets}.</source>
        <translation>{labels} на {sheets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n наклейка</numerusform>
            <numerusform>%n наклейки</numerusform>
            <numerusform>%n наклеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n листе</numerusform>
            <numerusform>%n листах</numerusform>
            <numerusform>%n листах</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sheet keeps its labels from number {n} free; they are offered next time.</source>
        <translation>На последнем листе остаются свободными наклейки начиная с номера {n}; в следующий раз будут предложены они.</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Сохранить наклейки как</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The labels were saved to {path}.</source>
        <translation>Наклейки сохранены в {path}.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Наклейки</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Не удалось начать печать. Проверьте, что принтер включён, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Did the labels print correctly?

Yes: the copies are marked as labelled and the free labels of the last sheet are offered next time.
No: nothing is marked; correct the printer or the first label and print again.</source>
        <translation>Наклейки напечатались правильно?

Да: экземпляры будут отмечены как с наклейками, а свободные наклейки последнего листа будут предложены в следующий раз.
Нет: ничего не отмечается; поправьте настройки принтера или первую наклейку и напечатайте снова.</translation>
    </message>
    <message>
        <source>The labels were printed.</source>
        <translation>Наклейки напечатаны.</translation>
    </message>
    <message>
        <source>Nothing was marked as labelled.</source>
        <translation>Ничего не отмечено.</translation>
    </message>
    <message numerus="yes">
        <source>Copies marked as labelled: %n.</source>
        <translation>
            <numerusform>Отмечено экземпляров с наклейками: %n.</numerusform>
            <numerusform>Отмечено экземпляров с наклейками: %n.</numerusform>
            <numerusform>Отмечено экземпляров с наклейками: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>Previous sheet</source>
        <translation>Предыдущий лист</translation>
    </message>
    <message>
        <source>Next sheet</source>
        <translation>Следующий лист</translation>
    </message>
    <message>
        <source>Sheet {n} of {total}</source>
        <translation>Лист {n} из {total}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Write a range of inventory numbers like 1001-1010 (got “{raw}”).</source>
        <translation>Укажите диапазон инвентарных номеров в виде 1001-1010 (получено: «{raw}»).</translation>
    </message>
    <message>
        <source>The range {raw} ends before it starts.</source>
        <translation>Диапазон {raw} заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The code pattern “{pattern}” must contain {{inventory}} (it may also use {{barcode}} and {{copy_id}}), e.g. https://lib.example.kz/copy/{{inventory}}.</source>
        <translation>Шаблон кода «{pattern}» должен содержать {{inventory}} (можно также {{barcode}} и {{copy_id}}), например https://lib.example.kz/copy/{{inventory}}.</translation>
    </message>
    <message>
        <source>{what} does not fit on the {width} × {height} mm labels of “{sheet}” with the layout “{layout}”. Choose a larger sheet or another layout (e.g. “spine”).</source>
        <translation>{what} не помещается на наклейках {width} × {height} мм листа «{sheet}» с макетом «{layout}». Выберите лист с наклейками крупнее или другой макет (например, «spine»).</translation>
    </message>
    <message>
        <source>The QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>“{value}” cannot be written as a Code 128 barcode (only Latin letters, digits and signs); choose a layout with a QR code.</source>
        <translation>«{value}» нельзя записать штрихкодом Code 128 (допустимы только латинские буквы, цифры и знаки); выберите макет с QR-кодом.</translation>
    </message>
    <message>
        <source>The barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>The padding</source>
        <translation>Внутренний отступ</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Нет наклеек для печати.</translation>
    </message>
    <message>
        <source>The first label must be between 1 and {n} on this sheet.</source>
        <translation>На этом листе номер первой наклейки должен быть от 1 до {n}.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Наклейки</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Калибровочная страница</translation>
    </message>
    <message>
        <source>Calibration page: {sheet}</source>
        <translation>Калибровочная страница: {sheet}</translation>
    </message>
    <message>
        <source>Print this page at 100 % (“Actual size”, not “Fit to page”) on plain paper, lay it on a sheet of labels and hold both against the light.</source>
        <translation>Напечатайте эту страницу в масштабе 100 % («Фактический размер», а не «По размеру страницы») на обычной бумаге, наложите её на лист с наклейками и посмотрите на просвет.</translation>
    </message>
    <message>
        <source>If the outlines miss the labels, read on the rulers where a real label&apos;s edge lies and change the printer offset by the difference (positive moves the print right and down). If the labels drift further off towards the bottom or the right, measure the 100 mm bar and set the scale to 100 ÷ the measured length.</source>
        <translation>Если контуры не совпадают с наклейками, определите по линейкам, где проходит край настоящей наклейки, и измените смещение принтера на эту разницу (положительное значение сдвигает печать вправо и вниз). Если наклейки всё сильнее съезжают к низу или к правому краю, измерьте полосу 100 мм и задайте масштаб 100 ÷ измеренная длина.</translation>
    </message>
    <message>
        <source>Rulers in millimetres from the page&apos;s top-left corner. Current correction: right {x} mm, down {y} mm, scale {scale}.</source>
        <translation>Линейки в миллиметрах от левого верхнего угла страницы. Текущая поправка: вправо {x} мм, вниз {y} мм, масштаб {scale}.</translation>
    </message>
    <message>
        <source>100 mm bar for checking the scale</source>
        <translation>Полоса 100 мм для проверки масштаба</translation>
    </message>
    <message>
        <source>The sheet name “{name}” may use only small Latin letters, digits, dots, dashes and underscores.</source>
        <translation>В имени листа «{name}» допустимы только строчные латинские буквы, цифры, точки, дефисы и знаки подчёркивания.</translation>
    </message>
    <message>
        <source>Give the sheet a title that you will recognise.</source>
        <translation>Дайте листу понятное вам название.</translation>
    </message>
    <message>
        <source>page width</source>
        <translation>ширина страницы</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>высота страницы</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>ширина наклейки</translation>
    </message>
    <message>
        <source>label height</source>
        <translation>высота наклейки</translation>
    </message>
    <message>
        <source>The {what} must be more than 0 mm.</source>
        <translation>Значение «{what}» должно быть больше 0 мм.</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>верхнее поле</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>левое поле</translation>
    </message>
    <message>
        <source>horizontal gap</source>
        <translation>промежуток по горизонтали</translation>
    </message>
    <message>
        <source>vertical gap</source>
        <translation>промежуток по вертикали</translation>
    </message>
    <message>
        <source>corner radius</source>
        <translation>радиус скругления углов</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>Значение «{what}» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A sheet needs 1 to 1000 labels (columns × rows).</source>
        <translation>На листе должно быть от 1 до 1000 наклеек (столбцы × строки).</translation>
    </message>
    <message>
        <source>The labels do not fit on the page: {columns} columns of {width} mm with {gap} mm gaps and a {margin} mm margin need {need} mm, the page is {page} mm wide.</source>
        <translation>Наклейки не помещаются на страницу: столбцы ({columns}) по {width} мм с промежутками {gap} мм и полем {margin} мм требуют {need} мм, а ширина страницы {page} мм.</translation>
    </message>
    <message>
        <source>The labels do not fit on the page: {rows} rows of {height} mm with {gap} mm gaps and a {margin} mm margin need {need} mm, the page is {page} mm high.</source>
        <translation>Наклейки не помещаются на страницу: строки ({rows}) по {height} мм с промежутками {gap} мм и полем {margin} мм требуют {need} мм, а высота страницы {page} мм.</translation>
    </message>
    <message>
        <source>The corner radius is larger than half the label.</source>
        <translation>Радиус скругления больше половины наклейки.</translation>
    </message>
    <message>
        <source>The layout name “{name}” is not valid.</source>
        <translation>Недопустимое имя макета «{name}».</translation>
    </message>
    <message>
        <source>Unknown code type “{code}” (use {known}).</source>
        <translation>Неизвестный тип кода «{code}» (используйте {known}).</translation>
    </message>
    <message>
        <source>Text alignment must be “left” or “center”.</source>
        <translation>Выравнивание текста должно быть «left» или «center».</translation>
    </message>
    <message>
        <source>The barcode can hold “inventory” or “code”.</source>
        <translation>Штрихкод может содержать «inventory» или «code».</translation>
    </message>
    <message>
        <source>Padding and gaps cannot be negative.</source>
        <translation>Отступы и промежутки не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The QR code&apos;s smallest size must not exceed its largest size.</source>
        <translation>Наименьший размер QR-кода не должен превышать наибольший.</translation>
    </message>
    <message>
        <source>The barcode&apos;s narrowest bar must not exceed its widest bar.</source>
        <translation>Самый узкий штрих штрихкода не должен быть шире самого широкого.</translation>
    </message>
    <message>
        <source>Unknown text field “{field}” (use {known}).</source>
        <translation>Неизвестное текстовое поле «{field}» (используйте {known}).</translation>
    </message>
    <message>
        <source>The text “{field}” needs a smallest size above 0 and not above its size.</source>
        <translation>Для текста «{field}» наименьший размер должен быть больше 0 и не больше основного размера.</translation>
    </message>
    <message>
        <source>A printer offset of more than 30 mm is surely a mistake.</source>
        <translation>Смещение принтера больше 30 мм — наверняка ошибка.</translation>
    </message>
    <message>
        <source>The printer scale must be between 0.8 and 1.2 (1 means unchanged).</source>
        <translation>Масштаб принтера должен быть от 0.8 до 1.2 (1 — без изменений).</translation>
    </message>
    <message>
        <source>{file}: unknown setting “{key}”.</source>
        <translation>{file}: неизвестный параметр «{key}».</translation>
    </message>
    <message>
        <source>{file}: “{key}” has a value of the wrong kind.</source>
        <translation>{file}: у «{key}» значение неподходящего типа.</translation>
    </message>
    <message>
        <source>{file} is not a valid TOML file: {error}</source>
        <translation>{file} — некорректный файл TOML: {error}</translation>
    </message>
    <message>
        <source>{file}: some sheet measurements are missing.</source>
        <translation>{file}: не хватает некоторых размеров листа.</translation>
    </message>
    <message>
        <source>{file}: a layout needs at least one [[text]].</source>
        <translation>{file}: в макете должен быть хотя бы один [[text]].</translation>
    </message>
    <message>
        <source>{file}: [[text]] entries must be tables.</source>
        <translation>{file}: элементы [[text]] должны быть таблицами.</translation>
    </message>
    <message>
        <source>{file}: each [[text]] needs field, size_pt and min_size_pt.</source>
        <translation>{file}: в каждом [[text]] нужны field, size_pt и min_size_pt.</translation>
    </message>
    <message>
        <source>{file}: a layout needs a name and a title.</source>
        <translation>{file}: у макета должны быть имя (name) и название (title).</translation>
    </message>
    <message>
        <source>{file}: the name “{name}” belongs to a shipped one; ignored.</source>
        <translation>{file}: имя «{name}» уже занято встроенным шаблоном; файл пропущен.</translation>
    </message>
    <message>
        <source>There is no label {kind} “{name}”. Available: {names}.</source>
        <translation>Не найден {kind} наклеек «{name}». Доступны: {names}.</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>лист</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>макет</translation>
    </message>
    <message>
        <source>“{name}” is the name of a sheet that comes with the program; choose another name.</source>
        <translation>«{name}» — имя листа, поставляемого с программой; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <extracomment>Each language in its own name. Whoever opens a language menu may not read the current language, so these are never translated.</extracomment>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The program will close and open again to show everything in {language}. Restart now?</source>
        <translation>Программа закроется и откроется снова, чтобы всё было на языке «{language}». Перезапустить сейчас?</translation>
    </message>
    <message>
        <source>The interface will be in {language} from the next start.</source>
        <translation>Со следующего запуска интерфейс будет на языке «{language}».</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The catalog {path} is being opened by another program right now. Try again in a moment.</source>
        <translation>Каталог {path} прямо сейчас открывает другая программа. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>The catalog {path} is open in Shkola-Lib on the computer «{host}» (since {since}). Close the program there first. If that computer was switched off while the program ran, delete the file {lock} and try again.</source>
        <translation>Каталог {path} открыт в Shkola-Lib на компьютере «{host}» (с {since}). Сначала закройте программу там. Если тот компьютер выключили, пока программа работала, удалите файл {lock} и попробуйте снова.</translation>
    </message>
    <message>
        <source>The catalog {path} is already open in Shkola-Lib (process {pid}, since {since}). Only one program may change a catalog at a time: close the other window first.</source>
        <translation>Каталог {path} уже открыт в Shkola-Lib (процесс {pid}, с {since}). Изменять каталог одновременно может только одна программа: сначала закройте другое окно.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be changed: {reason}</source>
        <translation>Каталог {path} нельзя изменить: {reason}</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Новая запись…</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Изменить запись…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>Add &amp;copies…</source>
        <translation>Добавить &amp;экземпляры…</translation>
    </message>
    <message>
        <source>Add counted &amp;stock…</source>
        <translation>Добавить &amp;учебники (безынвентарный учёт)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation>Заполнить &amp;демо-данными…</translation>
    </message>
    <message>
        <source>&amp;Check the catalog</source>
        <translation>&amp;Проверить каталог</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;About Shkola-Lib</source>
        <translation>&amp;О программе Shkola-Lib</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>Импорт из &amp;файла…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Ис&amp;тория импорта…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>For the &amp;district office…</source>
        <translation>Для &amp;районного отдела образования…</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>Печать &amp;наклеек…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Backup settings…</source>
        <translation>Настройки &amp;резервного копирования…</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Каталог</translation>
    </message>
    <message>
        <source>C&amp;opies</source>
        <translation>&amp;Экземпляры</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shkola-Lib — school library catalog</source>
        <translation>Shkola-Lib — каталог школьной библиотеки</translation>
    </message>
    <message>
        <source>Copy {number} found. Search «{query}» as text instead</source>
        <translation>Найден экземпляр {number}. Искать «{query}» как текст</translation>
    </message>
    <message>
        <source>Inventory number {number}: copy found.</source>
        <translation>Инвентарный номер {number}: экземпляр найден.</translation>
    </message>
    <message>
        <source>{n} records found.</source>
        <translation>Найдено записей: {n}.</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Ошибка поиска: {error}</translation>
    </message>
    <message>
        <source>Records: {records} · copies: {copies} · textbooks in stock: {stock}</source>
        <translation>Записей: {records} · экземпляров: {copies} · учебников без инв. номеров: {stock}</translation>
    </message>
    <message>
        <source>Shkola-Lib</source>
        <translation>Shkola-Lib</translation>
    </message>
    <message>
        <source>The catalog needs repair: Catalog → Check the catalog.</source>
        <translation>Каталог нужно исправить: Каталог → Проверить каталог.</translation>
    </message>
    <message>
        <source>{problem}

Check the catalog now?</source>
        <translation>{problem}

Проверить каталог сейчас?</translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation>Сначала выберите запись.</translation>
    </message>
    <message>
        <source>Delete the record «{title}» with its copies? You can undo this with Ctrl+Z.</source>
        <translation>Удалить запись «{title}» вместе с экземплярами? Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {n} records with their copies? You can undo this with Ctrl+Z.</source>
        <translation>Удалить записи ({n}) вместе с экземплярами? Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>{n} records deleted. Ctrl+Z brings them back.</source>
        <translation>Удалено записей: {n}. Ctrl+Z вернёт их.</translation>
    </message>
    <message>
        <source>{n} records restored.</source>
        <translation>Восстановлено записей: {n}.</translation>
    </message>
    <message>
        <source>Demo catalog</source>
        <translation>Демо-каталог</translation>
    </message>
    <message>
        <source>How many demo records to add? (Kazakh and Russian books and textbooks)</source>
        <translation>Сколько демо-записей добавить? (книги и учебники на казахском и русском языках)</translation>
    </message>
    <message>
        <source>{n} demo records added.</source>
        <translation>Добавлено демо-записей: {n}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Отменено: ничего не добавлено.</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Добавление демо-записей…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shkola-Lib {version}&lt;/h3&gt;&lt;p&gt;The catalog of a school library: books, textbooks and their copies.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Catalog file:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Backups:&lt;br&gt;&lt;tt&gt;{backups}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Settings:&lt;br&gt;&lt;tt&gt;{settings}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Log:&lt;br&gt;&lt;tt&gt;{log}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shkola-Lib {version}&lt;/h3&gt;&lt;p&gt;Каталог школьной библиотеки: книги, учебники и их экземпляры.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией MIT.&lt;/p&gt;&lt;p&gt;Файл каталога:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Резервные копии:&lt;br&gt;&lt;tt&gt;{backups}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Настройки:&lt;br&gt;&lt;tt&gt;{settings}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Журнал:&lt;br&gt;&lt;tt&gt;{log}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Shkola-Lib</source>
        <translation>О программе Shkola-Lib</translation>
    </message>
</context>
<context>
    <name>MarcIO</name>
    <message>
        <source>The file is not in a MARC format we know (ISO 2709, MARCXML or MarcEdit text).</source>
        <translation>Файл не в известном нам формате MARC (ISO 2709, MARCXML или текст MarcEdit).</translation>
    </message>
    <message>
        <source>{valid} records are valid UTF-8, {invalid} contain invalid bytes.</source>
        <translation>Записей в корректном UTF-8: {valid}, с недопустимыми байтами: {invalid}.</translation>
    </message>
    <message>
        <source>All text is valid UTF-8 ({n} non-ASCII characters).</source>
        <translation>Весь текст — корректный UTF-8 (символов вне ASCII: {n}).</translation>
    </message>
    <message>
        <source>Records with leader/09 blank and MARC-8 patterns ({escapes} escape sequences, {combining} combining diacritics).</source>
        <translation>Записи с пробелом в позиции 09 маркера и признаками MARC-8 (escape-последовательностей: {escapes}, комбинируемых диакритических знаков: {combining}).</translation>
    </message>
    <message>
        <source>The text is plain ASCII: every supported character set reads it the same.</source>
        <translation>Текст только в ASCII: все поддерживаемые кодировки читают его одинаково.</translation>
    </message>
    <message>
        <source>No supported character set decodes this text.</source>
        <translation>Ни одна из поддерживаемых кодировок не подходит для этого текста.</translation>
    </message>
    <message>
        <source>Not UTF-8; {encoding} gives the most likely Cyrillic text ({n} characters checked).</source>
        <translation>Не UTF-8; наиболее правдоподобный кириллический текст даёт {encoding} (проверено символов: {n}).</translation>
    </message>
    <message>
        <source>Windows Cyrillic with Kazakh letters inside words: KZ-1048 ({n} Kazakh letters).</source>
        <translation>Кириллица Windows с казахскими буквами внутри слов: KZ-1048 (казахских букв: {n}).</translation>
    </message>
    <message>
        <source>Field {tag}: these characters cannot be written in {encoding}: {chars}</source>
        <translation>Поле {tag}: эти символы нельзя записать в кодировке {encoding}: {chars}</translation>
    </message>
    <message>
        <source>Field {tag}: these characters cannot be written: {chars}</source>
        <translation>Поле {tag}: эти символы нельзя записать: {chars}</translation>
    </message>
    <message>
        <source>The {what} at leader positions {start}-{end} is not a number: “{value}”.</source>
        <translation>В позициях маркера {start}-{end} ({what}) не число: «{value}».</translation>
    </message>
    <message>
        <source>Directory entry {n} has an invalid tag “{tag}”.</source>
        <translation>В элементе справочника {n} недопустимая метка «{tag}».</translation>
    </message>
    <message>
        <source>Directory entry {n} (field {tag}): the length or offset is not a number.</source>
        <translation>Элемент справочника {n} (поле {tag}): длина или смещение — не число.</translation>
    </message>
    <message>
        <source>Field {tag}: offset {offset} and length {length} point outside the record.</source>
        <translation>Поле {tag}: смещение {offset} и длина {length} указывают за пределы записи.</translation>
    </message>
    <message>
        <source>Field {tag}: its length covers more than one field.</source>
        <translation>Поле {tag}: его длина захватывает больше одного поля.</translation>
    </message>
    <message>
        <source>Field {tag}: its length and offset do not end at a field terminator.</source>
        <translation>Поле {tag}: длина и смещение не приводят к разделителю поля.</translation>
    </message>
    <message>
        <source>Field lengths in the directory were wrong; fields were found by terminators.</source>
        <translation>Длины полей в справочнике были неверны; поля найдены по разделителям.</translation>
    </message>
    <message>
        <source>Field {field}: the bytes cannot be decoded as {encoding} (byte 0x{byte:02X} at position {pos}).</source>
        <translation>Поле {field}: байты не читаются как {encoding} (байт 0x{byte:02X} в позиции {pos}).</translation>
    </message>
    <message>
        <source>Field {tag} had no indicators; blanks were assumed.</source>
        <translation>У поля {tag} не было индикаторов; приняты пробелы.</translation>
    </message>
    <message>
        <source>Field {tag} has no indicators.</source>
        <translation>У поля {tag} нет индикаторов.</translation>
    </message>
    <message>
        <source>Field {tag} has invalid indicators “{ind}”.</source>
        <translation>У поля {tag} недопустимые индикаторы «{ind}».</translation>
    </message>
    <message>
        <source>Field {tag}: the data does not start with a subfield code.</source>
        <translation>Поле {tag}: данные не начинаются с идентификатора подполя.</translation>
    </message>
    <message>
        <source>Field {tag} had {n} extra blanks after the indicators; they were dropped.</source>
        <translation>В поле {tag} после индикаторов были лишние пробелы ({n}); они удалены.</translation>
    </message>
    <message>
        <source>Field {tag} has an empty subfield (no code).</source>
        <translation>В поле {tag} пустое подполе (без идентификатора).</translation>
    </message>
    <message>
        <source>Field {tag} has an invalid subfield code (byte 0x{byte:02X}).</source>
        <translation>В поле {tag} недопустимый идентификатор подполя (байт 0x{byte:02X}).</translation>
    </message>
    <message>
        <source>The record is too short ({n} bytes) to hold a leader.</source>
        <translation>Запись слишком короткая для маркера (байтов: {n}).</translation>
    </message>
    <message>
        <source>No record terminator within {n} bytes.</source>
        <translation>Признак конца записи не найден в пределах {n} байт.</translation>
    </message>
    <message>
        <source>The leader contains bytes that are not printable ASCII.</source>
        <translation>В маркере есть байты, не являющиеся печатными символами ASCII.</translation>
    </message>
    <message>
        <source>record length</source>
        <translation>длина записи</translation>
    </message>
    <message>
        <source>base address of data</source>
        <translation>базовый адрес данных</translation>
    </message>
    <message>
        <source>The record is incomplete: the file ends after {n} of {total} bytes.</source>
        <translation>Запись неполная: файл заканчивается после {n} из {total} байт.</translation>
    </message>
    <message>
        <source>The leader gives the record length as {declared}, it is {actual}.</source>
        <translation>В маркере длина записи указана как {declared}, на самом деле {actual}.</translation>
    </message>
    <message>
        <source>The base address {base} is outside the record.</source>
        <translation>Базовый адрес {base} выходит за пределы записи.</translation>
    </message>
    <message>
        <source>The directory does not end at the base address {base}.</source>
        <translation>Справочник не заканчивается на базовом адресе {base}.</translation>
    </message>
    <message>
        <source>The directory is {n} bytes long, not a multiple of 12.</source>
        <translation>Длина справочника {n} байт — не кратна 12.</translation>
    </message>
    <message>
        <source>The record has no fields.</source>
        <translation>В записи нет полей.</translation>
    </message>
    <message>
        <source>Field {tag} holds undecoded bytes.</source>
        <translation>В поле {tag} остались нераскодированные байты.</translation>
    </message>
    <message>
        <source>Field {tag} has an invalid indicator “{ind}”.</source>
        <translation>У поля {tag} недопустимый индикатор «{ind}».</translation>
    </message>
    <message>
        <source>Field {tag} has an invalid subfield code “{code}”.</source>
        <translation>В поле {tag} недопустимый идентификатор подполя «{code}».</translation>
    </message>
    <message>
        <source>Invalid tag “{tag}”.</source>
        <translation>Недопустимая метка «{tag}».</translation>
    </message>
    <message>
        <source>Field {tag} is longer than 9999 bytes.</source>
        <translation>Поле {tag} длиннее 9999 байт.</translation>
    </message>
    <message>
        <source>The record is {n} bytes long; ISO 2709 allows at most 99999.</source>
        <translation>Длина записи {n} байт; ISO 2709 допускает не более 99999.</translation>
    </message>
    <message>
        <source>The leader contains characters that are not printable ASCII.</source>
        <translation>В маркере есть символы, не являющиеся печатными символами ASCII.</translation>
    </message>
    <message>
        <source>Invalid control field tag “{tag}”.</source>
        <translation>Недопустимая метка управляющего поля «{tag}».</translation>
    </message>
    <message>
        <source>The record has no leader.</source>
        <translation>У записи нет маркера.</translation>
    </message>
    <message>
        <source>The leader has {n} characters instead of 24: “{leader}”.</source>
        <translation>В маркере не 24 символа, а {n}: «{leader}».</translation>
    </message>
    <message>
        <source>Invalid data field tag “{tag}”.</source>
        <translation>Недопустимая метка поля данных «{tag}».</translation>
    </message>
    <message>
        <source>The XML document is not MARCXML (root element &lt;{name}&gt;).</source>
        <translation>XML-документ не является MARCXML (корневой элемент &lt;{name}&gt;).</translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities ({what}); this is refused for safety.</source>
        <translation>В XML-файле объявлены DTD или сущности ({what}); из соображений безопасности такой файл не принимается.</translation>
    </message>
    <message>
        <source>The XML is broken at line {line}, column {column}: reading stopped.</source>
        <translation>XML повреждён в строке {line}, столбце {column}: чтение остановлено.</translation>
    </message>
    <message>
        <source>The XML file declares a character set this program cannot read ({error}): reading stopped.</source>
        <translation>В XML-файле указана кодировка, которую программа не может прочитать ({error}): чтение остановлено.</translation>
    </message>
    <message>
        <source>Line {n} does not start with “=TAG”.</source>
        <translation>Строка {n} не начинается с «=TAG».</translation>
    </message>
    <message>
        <source>Line {n}: the leader has {k} characters, not 24.</source>
        <translation>Строка {n}: в маркере не 24 символа, а {k}.</translation>
    </message>
    <message>
        <source>The record has no =LDR line.</source>
        <translation>В записи нет строки =LDR.</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} has no indicators.</source>
        <translation>Строка {n}: у поля {tag} нет индикаторов.</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} has invalid indicators.</source>
        <translation>Строка {n}: у поля {tag} недопустимые индикаторы.</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} does not continue with “$”.</source>
        <translation>Строка {n}: поле {tag} не продолжается знаком «$».</translation>
    </message>
    <message>
        <source>Line {n}: field {tag} has an empty subfield code.</source>
        <translation>Строка {n}: в поле {tag} пустой идентификатор подполя.</translation>
    </message>
    <message>
        <source>Line {n} is not valid {encoding}.</source>
        <translation>Строка {n} не является корректным текстом в {encoding}.</translation>
    </message>
    <message>
        <source>Chosen by the user.</source>
        <translation>Выбрано пользователем.</translation>
    </message>
    <message>
        <source>MARCXML: the XML declaration gives the encoding ({name}).</source>
        <translation>MARCXML: кодировка указана в XML-декларации ({name}).</translation>
    </message>
    <message>
        <source>MarcEdit text files are UTF-8.</source>
        <translation>Текстовые файлы MarcEdit всегда в UTF-8.</translation>
    </message>
</context>
<context>
    <name>MarcView</name>
    <message>
        <source>As written for:</source>
        <translation>Как при экспорте в:</translation>
    </message>
    <message>
        <source>Select a record to see it in MARC.</source>
        <translation>Выберите запись, чтобы увидеть её в MARC.</translation>
    </message>
    <message>
        <source>No export profile was found.</source>
        <translation>Не найдено ни одного профиля экспорта.</translation>
    </message>
    <message>
        <source>This record cannot be shown in MARC: {error}</source>
        <translation>Эту запись невозможно показать в MARC: {error}</translation>
    </message>
</context>
<context>
    <name>MaterialType</name>
    <message>
        <source>Book</source>
        <translation>Книга</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Учебник</translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation>Брошюра</translation>
    </message>
    <message>
        <source>Periodical issue</source>
        <translation>Номер периодического издания</translation>
    </message>
    <message>
        <source>Electronic resource</source>
        <translation>Электронный ресурс</translation>
    </message>
    <message>
        <source>Audio-visual</source>
        <translation>Аудиовизуальный материал</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>These records were left out: the chosen character set cannot hold them.</source>
        <translation>Эти записи пропущены: в выбранной кодировке нет их букв.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Запись пакета…</translation>
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
        <translation>Соавтор</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation>Иллюстратор</translation>
    </message>
    <message>
        <source>Other contributor</source>
        <translation>Другое лицо</translation>
    </message>
</context>
<context>
    <name>PersonsEditor</name>
    <message>
        <source>Name</source>
        <translation>Фамилия, имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Годы жизни</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <source>Remove the person marked with the arrow</source>
        <translation>Удалить лицо, отмеченное стрелкой</translation>
    </message>
    <message>
        <source>Move the marked person up</source>
        <translation>Переместить отмеченное лицо вверх</translation>
    </message>
    <message>
        <source>Move the marked person down</source>
        <translation>Переместить отмеченное лицо вниз</translation>
    </message>
    <message>
        <source>Surname first, e.g. Әуезов, Мұхтар or Иванов, И. И.</source>
        <translation>Сначала фамилия, например: Әуезов, Мұхтар или Иванов, И. И.</translation>
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
        <translation>Напечатать &amp;калибровочную страницу…</translation>
    </message>
    <message>
        <source>If the print misses the stickers, print a calibration page on plain paper, lay it on a sheet of labels and enter the correction it shows. Positive numbers move the print right and down.</source>
        <translation>Если печать не попадает на наклейки, напечатайте калибровочную страницу на обычной бумаге, наложите её на лист с наклейками и введите поправку, которую она покажет. Положительные числа сдвигают печать вправо и вниз.</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>Move &amp;right:</source>
        <translation>Сдвиг &amp;вправо:</translation>
    </message>
    <message>
        <source>Move &amp;down:</source>
        <translation>Сдвиг вни&amp;з:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Принтер по умолчанию</translation>
    </message>
    <message>
        <source>The correction is saved for «{printer}».</source>
        <translation>Поправка сохранена для «{printer}».</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Калибровочная страница</translation>
    </message>
    <message>
        <source>The calibration page was printed. Lay it on a sheet of labels against the light.</source>
        <translation>Калибровочная страница напечатана. Наложите её на лист с наклейками и посмотрите на просвет.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Не удалось начать печать. Проверьте, что принтер включён, и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The profile {path} cannot be read: {error}</source>
        <translation>Не удаётся прочитать профиль {path}: {error}</translation>
    </message>
    <message>
        <source>The profile {path} is not valid: {error}</source>
        <translation>Профиль {path} некорректен: {error}</translation>
    </message>
    <message>
        <source>There is no exchange profile «{name}». Known: {known}.</source>
        <translation>Профиля обмена «{name}» нет. Известные профили: {known}.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Main</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Выходные данные</translation>
    </message>
    <message>
        <source>Subjects and notes</source>
        <translation>Рубрики и примечания</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Edit record — {title}</source>
        <translation>Изменение записи — {title}</translation>
    </message>
    <message>
        <source>Material type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издательство</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Three-letter codes, comma separated</source>
        <translation>Трёхбуквенные коды через запятую</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>ББК</source>
        <translation>ББК</translation>
    </message>
    <message>
        <source>Author sign</source>
        <translation>Авторский знак</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Учебник</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>e.g. 5 or 10, 11</source>
        <translation>например, 5 или 10, 11</translation>
    </message>
    <message>
        <source>School subject</source>
        <translation>Учебный предмет</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Arriving copies</source>
        <translation>Поступающие экземпляры</translation>
    </message>
    <message>
        <source>0: catalogue the book without copies</source>
        <translation>0 — внести книгу в каталог без экземпляров</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>First inventory number</source>
        <translation>Первый инвентарный номер</translation>
    </message>
    <message>
        <source>Inventory numbers</source>
        <translation>Инвентарные номера</translation>
    </message>
    <message>
        <source>Counted stock: no inventory numbers</source>
        <translation>Безынвентарный учёт: без инвентарных номеров</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>КСУ entry</source>
        <translation>Запись КСУ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Сведения, относящиеся к заглавию</translation>
    </message>
    <message>
        <source>Statement of responsibility</source>
        <translation>Сведения об ответственности</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Corporate body</source>
        <translation>Коллективный автор</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Place of publication</source>
        <translation>Место издания</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Номер в серии</translation>
    </message>
    <message>
        <source>UDC</source>
        <translation>УДК</translation>
    </message>
    <message>
        <source>e.g. 240 p.: ill.</source>
        <translation>например, 240 с.: ил.</translation>
    </message>
    <message>
        <source>Қазақстан тарихы -- Оқулықтар</source>
        <translation>История Казахстана -- Учебники</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметные рубрики</translation>
    </message>
    <message>
        <source>One heading per line; put &quot; -- &quot; before each subdivision.</source>
        <translation>По одной рубрике в строке; перед каждой подрубрикой ставьте &quot; -- &quot;.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Сохранить и создать</translation>
    </message>
    <message>
        <source>Save, then start the next book (Ctrl+Shift+S)</source>
        <translation>Сохранить и перейти к следующей книге (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Сохранить и закрыть (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Enter the year as a number, e.g. 2024.</source>
        <translation>Введите год числом, например 2024.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Saved «{title}», inventory numbers {numbers}.</source>
        <translation>Сохранено: «{title}», инвентарные номера {numbers}.</translation>
    </message>
    <message>
        <source>Saved «{title}», quantity {quantity}.</source>
        <translation>Сохранено: «{title}», количество {quantity}.</translation>
    </message>
    <message>
        <source>Saved «{title}».</source>
        <translation>Сохранено: «{title}».</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отказаться от изменений?</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Close without saving them?</source>
        <translation>В записи есть несохранённые изменения. Закрыть, не сохраняя их?</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издательство</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>{type}, grade {grades}</source>
        <translation>{type}, класс: {grades}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Record {id} does not exist.</source>
        <translation>Записи {id} не существует.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The backup {path} cannot be read: {error}</source>
        <translation>Не удаётся прочитать резервную копию {path}: {error}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}); it cannot be restored.</source>
        <translation>Резервная копия {path} повреждена ({problem}); восстановить из неё нельзя.</translation>
    </message>
    <message>
        <source>The file {path} is not a Shkola-Lib catalog backup.</source>
        <translation>Файл {path} не является резервной копией каталога Shkola-Lib.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Shkola-Lib. Install the newer version to restore it.</source>
        <translation>Резервная копия {path} сделана более новой версией Shkola-Lib. Чтобы восстановить из неё, установите новую версию.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place: {error}</source>
        <translation>Не удалось скопировать резервную копию на место: {error}</translation>
    </message>
    <message>
        <source>The prepared copy is gone; nothing was changed.</source>
        <translation>Подготовленная копия пропала; ничего не изменено.</translation>
    </message>
    <message>
        <source>The ZIP file {path} must hold exactly one catalog (.sqlite) file.</source>
        <translation>В ZIP-файле {path} должен быть ровно один файл каталога (.sqlite).</translation>
    </message>
    <message>
        <source>The ZIP file holds «{name}», which would be written outside its folder.</source>
        <translation>В ZIP-файле есть «{name}», который был бы записан за пределы своей папки.</translation>
    </message>
    <message>
        <source>The ZIP file holds a link «{name}»; refused.</source>
        <translation>В ZIP-файле есть ссылка «{name}»; отказано.</translation>
    </message>
    <message>
        <source>The ZIP file {path} unpacks to far too much data; refused.</source>
        <translation>ZIP-файл {path} распаковывается в слишком большой объём данных; отказано.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the state of the catalog to go back to. A copy of the catalog as it is now is made first, so a restore can itself be undone.</source>
        <translation>Выберите состояние каталога, к которому нужно вернуться. Сначала делается копия текущего каталога, так что и само восстановление можно отменить.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Shkola-Lib backups (*.sqlite *.zip);;All files (*)</source>
        <translation>Резервные копии Shkola-Lib (*.sqlite *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>the catalog as it was on {date} ({records} records, {copies} copies)</source>
        <translation>каталог на {date} (записей: {records}, экземпляров: {copies})</translation>
    </message>
    <message>
        <source>the catalog from the file {name}</source>
        <translation>каталог из файла {name}</translation>
    </message>
    <message>
        <source>Restore the catalog?</source>
        <translation>Восстановить каталог?</translation>
    </message>
    <message>
        <source>Replace the current catalog by {what}?

A copy of the current catalog is made first; you can go back to it from this list.</source>
        <translation>Заменить текущий каталог на {what}?

Сначала делается копия текущего каталога; к ней можно вернуться из этого списка.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>You can cancel at any time (Esc): the catalog then stays as it was.</source>
        <translation>Отменить можно в любой момент (Esc): каталог тогда останется прежним.</translation>
    </message>
    <message>
        <source>Trying {file} (nothing is changed)…</source>
        <translation>Пробный импорт {file} (ничего не меняется)…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>The scanned code «{code}» could not be looked up: {error}</source>
        <translation>Не удалось найти отсканированный код «{code}»: {error}</translation>
    </message>
    <message>
        <source>Scanned: copy {number}.</source>
        <translation>Отсканировано: экземпляр {number}.</translation>
    </message>
    <message>
        <source>Scanned: ISBN {isbn}.</source>
        <translation>Отсканировано: ISBN {isbn}.</translation>
    </message>
    <message>
        <source>Scanned: ISBN {isbn}, {n} records.</source>
        <translation>Отсканировано: ISBN {isbn}, записей: {n}.</translation>
    </message>
    <message>
        <source>No record with the ISBN {isbn}.</source>
        <translation>Записи с ISBN {isbn} нет.</translation>
    </message>
    <message>
        <source>No record with the ISBN {isbn}. Search for it as text?</source>
        <translation>Записи с ISBN {isbn} нет. Искать его как текст?</translation>
    </message>
    <message>
        <source>No copy with the code «{code}».</source>
        <translation>Экземпляра с кодом «{code}» нет.</translation>
    </message>
    <message>
        <source>No copy with the code «{code}». Search for it as text?</source>
        <translation>Экземпляра с кодом «{code}» нет. Искать его как текст?</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Отсканированный код</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>The catalog file has lost its index {name}, so the catalog cannot be listed or searched (scanning a label still works). Choose Catalog → Check the catalog and repair it.</source>
        <translation>В файле каталога пропал индекс {name}, поэтому каталог нельзя показать списком или найти в нём что-либо (сканирование этикетки работает). Выберите Каталог → Проверить каталог и исправьте его.</translation>
    </message>
    <message>
        <source>The catalog file has lost its search table {name}, so the catalog cannot be searched and records cannot be saved (scanning a label still works). Choose Catalog → Check the catalog and repair it.</source>
        <translation>В файле каталога пропала поисковая таблица {name}, поэтому в каталоге нельзя искать и нельзя сохранять записи (сканирование этикетки работает). Выберите Каталог → Проверить каталог и исправьте его.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search: title, author, ISBN, ББК, subject, inventory number… (Ctrl+F)</source>
        <translation>Поиск: заглавие, автор, ISBN, ББК, рубрика, инвентарный номер… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>Все виды документов</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Н&amp;айти:</translation>
    </message>
</context>
<context>
    <name>SheetChooser</name>
    <message>
        <source>2. Sheet</source>
        <translation>2. Лист</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Новый лист…</translation>
    </message>
    <message>
        <source>Describe a label sheet that is not in the list</source>
        <translation>Описать лист наклеек, которого нет в списке</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;On each label:</source>
        <translation>На &amp;каждой наклейке:</translation>
    </message>
    <message>
        <source>3. First free label on the sheet</source>
        <translation>3. Первая свободная наклейка на листе</translation>
    </message>
    <message>
        <source>Click the first free label of the sheet you put in the printer (or move with the arrow keys). Grey labels are already used and stay empty; the tinted ones get this batch.</source>
        <translation>Щёлкните первую свободную наклейку листа, который вы положили в принтер (или перейдите к ней клавишами со стрелками). Серые наклейки уже использованы и останутся пустыми; на подкрашенные будет напечатана эта партия.</translation>
    </message>
    <message>
        <source>Nothing fits on labels this small; choose another sheet.</source>
        <translation>На такие маленькие наклейки ничего не помещается; выберите другой лист.</translation>
    </message>
    <message>
        <source>Printing starts at label {n} of {total}.</source>
        <translation>Печать начнётся с наклейки {n} из {total}.</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <source>First label on the sheet</source>
        <translation>Первая наклейка на листе</translation>
    </message>
    <message>
        <source>Label {n} of {total}</source>
        <translation>Наклейка {n} из {total}</translation>
    </message>
    <message>
        <source>Label {n}: click to start here</source>
        <translation>Наклейка {n}: щёлкните, чтобы начать отсюда</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Material type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Наименований</translation>
    </message>
    <message>
        <source>Inventoried copies</source>
        <translation>Экземпляры с инв. номерами</translation>
    </message>
    <message>
        <source>Counted stock</source>
        <translation>Безынвентарный учёт</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
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
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New label sheet</source>
        <translation>Новый лист наклеек</translation>
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
        <translation>&amp;Название в списке:</translation>
    </message>
    <message>
        <source>&amp;Paper (width × height):</source>
        <translation>&amp;Бумага (ширина × высота):</translation>
    </message>
    <message>
        <source>&amp;Label (width × height):</source>
        <translation>Нак&amp;лейка (ширина × высота):</translation>
    </message>
    <message>
        <source>Labels &amp;across × down:</source>
        <translation>Наклеек по &amp;горизонтали × вертикали:</translation>
    </message>
    <message>
        <source>&amp;Top margin:</source>
        <translation>&amp;Верхнее поле:</translation>
    </message>
    <message>
        <source>L&amp;eft margin:</source>
        <translation>Л&amp;евое поле:</translation>
    </message>
    <message>
        <source>&amp;Gap between columns:</source>
        <translation>Промежуток между &amp;столбцами:</translation>
    </message>
    <message>
        <source>Gap &amp;between rows:</source>
        <translation>Промежуток между с&amp;троками:</translation>
    </message>
    <message>
        <source>&amp;Corner radius:</source>
        <translation>&amp;Радиус скругления:</translation>
    </message>
    <message>
        <source>Measure a sheet with a ruler, or copy the numbers from its package. Margins are measured from the paper&apos;s edge to the edge of the first label; a gap is the space between two labels (0 when they touch).</source>
        <translation>Измерьте лист линейкой или перепишите числа с его упаковки. Поля измеряются от края бумаги до края первой наклейки; промежуток — расстояние между двумя наклейками (0, если они соприкасаются).</translation>
    </message>
    <message>
        <source>My sheet: {width} × {height} mm, {n} per sheet</source>
        <translation>Мой лист: {width} × {height} мм, по {n} на листе</translation>
    </message>
    <message>
        <source>{n} labels per sheet</source>
        <translation>Наклеек на листе: {n}</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the catalog</source>
        <translation>Обновление каталога</translation>
    </message>
    <message>
        <source>The catalog {name} is being upgraded for this version of the program.
A copy of it has been made first. Please wait and do not turn off the computer.</source>
        <translation>Каталог {name} обновляется для этой версии программы.
Сначала сделана его копия. Пожалуйста, подождите и не выключайте компьютер.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An ISBN has 10 or 13 digits (the last may be X).</source>
        <translation>ISBN состоит из 10 или 13 цифр (последней может быть X).</translation>
    </message>
    <message>
        <source>The ISBN check digit is wrong: with these digits it should end in {digit}. Check the number on the book.</source>
        <translation>Неверная контрольная цифра ISBN: при этих цифрах номер должен оканчиваться на {digit}. Проверьте номер на книге.</translation>
    </message>
    <message>
        <source>This ISBN is not valid.</source>
        <translation>Этот ISBN неверен.</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>Введите заглавие.</translation>
    </message>
    <message>
        <source>The year must be between 1500 and {max}.</source>
        <translation>Год должен быть от 1500 до {max}.</translation>
    </message>
    <message>
        <source>Language codes have three letters, e.g. kaz, rus, eng.</source>
        <translation>Коды языков состоят из трёх букв, например kaz, rus, eng.</translation>
    </message>
    <message>
        <source>Grades are numbers from 0 to 12.</source>
        <translation>Классы — это числа от 0 до 12.</translation>
    </message>
    <message>
        <source>Enter the grade for a textbook.</source>
        <translation>Укажите класс для учебника.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Введите имя лица.</translation>
    </message>
    <message>
        <source>An academic year looks like 2026-2027.</source>
        <translation>Учебный год записывается в виде 2026-2027.</translation>
    </message>
    <message>
        <source>A КСУ entry looks like 12/2026 (number/year).</source>
        <translation>Запись КСУ имеет вид 12/2026 (номер/год).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shkola-Lib</source>
        <translation>Добро пожаловать в Shkola-Lib</translation>
    </message>
    <message>
        <source>Your catalog is empty. Start by adding the first book, import the catalog from another library program, or look around in a demo catalog first.</source>
        <translation>Ваш каталог пока пуст. Начните с добавления первой книги, импортируйте каталог из другой библиотечной программы или сначала осмотритесь в демо-каталоге.</translation>
    </message>
    <message>
        <source>Add the first book (Ctrl+N)</source>
        <translation>Добавить первую книгу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fill with a demo catalog to try the program</source>
        <translation>Заполнить демо-каталогом, чтобы опробовать программу</translation>
    </message>
    <message>
        <source>Import a file from another library program (Ctrl+I)</source>
        <translation>Импортировать файл из другой библиотечной программы (Ctrl+I)</translation>
    </message>
    <message>
        <source>Restore the catalog from a backup (a new computer, a damaged file)</source>
        <translation>Восстановить каталог из резервной копии (новый компьютер, повреждённый файл)</translation>
    </message>
    <message>
        <source>Your catalog is kept on this computer in the file:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;It works without the internet. To use another file, start the program with &lt;tt&gt;--db PATH&lt;/tt&gt;.</source>
        <translation>Ваш каталог хранится на этом компьютере в файле:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;Программа работает без интернета. Чтобы использовать другой файл, запустите программу с параметром &lt;tt&gt;--db PATH&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off a copy</source>
        <translation>Списание экземпляра</translation>
    </message>
    <message>
        <source>Copy with inventory number {number}</source>
        <translation>Экземпляр с инвентарным номером {number}</translation>
    </message>
    <message>
        <source>Write off textbooks</source>
        <translation>Списание учебников</translation>
    </message>
    <message>
        <source>КСУ entry {ksu}, academic year {year}: {remaining} of {quantity} left</source>
        <translation>Запись КСУ {ksu}, учебный год {year}: осталось {remaining} из {quantity}</translation>
    </message>
    <message numerus="yes">
        <source>of %n remaining</source>
        <translation>
            <numerusform>из %n оставшегося</numerusform>
            <numerusform>из %n оставшихся</numerusform>
            <numerusform>из %n оставшихся</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>number of the write-off act</source>
        <translation>номер акта списания</translation>
    </message>
    <message>
        <source>&amp;Act number:</source>
        <translation>&amp;Номер акта:</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Ветхость</translation>
    </message>
    <message>
        <source>Lost by a reader</source>
        <translation>Утеря читателем</translation>
    </message>
    <message>
        <source>Outdated content</source>
        <translation>Устарелость по содержанию</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Дефектность</translation>
    </message>
    <message>
        <source>choose or type</source>
        <translation>выберите или введите</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The copy stays in the catalog and the inventory book, marked as written off.</source>
        <translation>Экземпляр остаётся в каталоге и инвентарной книге с отметкой о списании.</translation>
    </message>
    <message>
        <source>The receipt stays in the КСУ; the write-off is added to its history.</source>
        <translation>Поступление остаётся в КСУ; списание добавляется в его историю.</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Списать</translation>
    </message>
    <message>
        <source>This copy is already written off.</source>
        <translation>Этот экземпляр уже списан.</translation>
    </message>
    <message>
        <source>Nothing is left to write off in this entry.</source>
        <translation>По этой записи списывать больше нечего.</translation>
    </message>
    <message>
        <source>Write off copy {number} under act {act}?</source>
        <translation>Списать экземпляр {number} по акту {act}?</translation>
    </message>
    <message numerus="yes">
        <source>Write off %n copies of КСУ entry {ksu} under act {act}?</source>
        <translation>
            <numerusform>Списать по акту {act} %n экземпляр записи КСУ {ksu}?</numerusform>
            <numerusform>Списать по акту {act} %n экземпляра записи КСУ {ksu}?</numerusform>
            <numerusform>Списать по акту {act} %n экземпляров записи КСУ {ksu}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the write-off act number.</source>
        <translation>Введите номер акта списания.</translation>
    </message>
</context>
</TS>
