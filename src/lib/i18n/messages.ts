/**
 * The UI's words in English (`en`, the source of the keys) and Simplified Chinese (`zh`). A missing or
 * extra key in `zh` is a type error; parameterised messages are functions.
 */
import type { ShortcutAction } from '$lib/keyboard';
import type { ExportKind } from '$lib/transcript/export';

/** The languages the UI speaks. */
export type Lang = 'en' | 'zh';

const PLAYABLE_EN = 'Try MP3, M4A/AAC, Ogg, Opus, FLAC, WAV, MP4 or WebM.';
const PLAYABLE_ZH = '请改用 MP3、M4A/AAC、Ogg、Opus、FLAC、WAV、MP4 或 WebM。';

const SHORTCUTS_EN: Record<ShortcutAction, string> = {
	toggle: 'Play / pause',
	back10: 'Back 10 seconds',
	forward10: 'Forward 10 seconds',
	back5: 'Back 5 seconds',
	forward5: 'Forward 5 seconds',
	prevSection: 'Previous section',
	nextSection: 'Next section',
	prevSentence: 'Previous sentence',
	nextSentence: 'Next sentence',
	slower: 'Slower (−0.05×)',
	faster: 'Faster (+0.05×)',
	pointA: 'Set loop start A',
	pointB: 'Set loop end B and loop A–B',
	loopSection: 'Loop this section',
	clearLoop: 'Stop looping',
	search: 'Search',
	help: 'Show these shortcuts'
};

const SHORTCUTS_ZH: Record<ShortcutAction, string> = {
	toggle: '播放 / 暂停',
	back10: '后退 10 秒',
	forward10: '前进 10 秒',
	back5: '后退 5 秒',
	forward5: '前进 5 秒',
	prevSection: '上一节',
	nextSection: '下一节',
	prevSentence: '上一句',
	nextSentence: '下一句',
	slower: '减慢（−0.05×）',
	faster: '加快（+0.05×）',
	pointA: '设置循环起点 A',
	pointB: '设置循环终点 B 并循环 A–B',
	loopSection: '循环本节',
	clearLoop: '停止循环',
	search: '搜索',
	help: '显示这些快捷键'
};

/** English: the source of every key. */
export const en = {
	// Header
	language: 'Language',
	theme: 'Theme',
	themeSystem: 'System',
	themeLight: 'Light',
	themeDark: 'Dark',
	mediaFile: 'Media file',
	transcriptFile: 'Transcript file',
	dropHint:
		'or drop files anywhere on the page · pick a text and its captions or chapters together to pair them',
	dropzone: 'Drop a media or transcript file to open it',
	reading: (names: string[]) => `Reading ${names.map((n) => `“${n}”`).join(' and ')}…`,
	chooseReopenable: 'Choose a recording Tandem can reopen after a reload…',
	reopenAt: (name: string, at: string) => `Reopen “${name}” at ${at}`,
	resumeAt: (at: string) => `Resume at ${at}`,
	notNow: 'Not now',
	recent: 'Recent',
	noRecording: 'no recording',
	forget: (title: string, media: string | null) =>
		`Forget ${title}${media ? ` with ${media}` : ''}`,
	export: 'Export',
	exportWhenRead: 'Export is possible once the whole transcript is read.',
	exportItem: (kind: ExportKind): string =>
		({
			'vtt-chapters': 'WebVTT chapters (.vtt)',
			'json-chapters': 'Podcasting 2.0 chapters (.json)',
			markdown: 'Markdown with timeline (.md)',
			'vtt-captions': 'Sentence timings as WebVTT captions (.vtt)'
		})[kind],
	dismiss: 'Dismiss message',
	loadImages: (n: number) => `Load ${n} remote image${n === 1 ? '' : 's'}`,
	imagesHint: 'Images from other sites are not fetched until you ask.',
	transcriptNotes: 'Transcript notes',
	/** The article's accessible name. */
	transcriptText: 'Transcript',
	notesSummary: (warnings: number, notes: number) =>
		`Transcript notes (${warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}, ` : ''}${notes} note${notes === 1 ? '' : 's'})`,
	note: 'Note',
	warning: 'Warning',
	line: (n: number) => `Line ${n}:`,
	// Search
	search: 'Search',
	searchPlaceholder: 'Search the transcript (/) — 监管, jianguan, GPT…',
	noMatches: 'No matches',
	searchIndexing: 'Preparing the search of this long transcript…',
	matches: (n: number, more: boolean) =>
		`${n}${more ? '+' : ''} match${n === 1 ? '' : 'es'} — Enter plays the first`,
	searchResults: 'Search results',
	// Side
	timeline: 'Timeline',
	noTimeline: 'This transcript has no timeline.',
	terms: 'Terms',
	termLoopAt: 'Loop at',
	termLoopRate: 'Term loop rate',
	noTerms: 'No bilingual terms or Latin names found in this transcript.',
	loopFirstOccurrence: 'Loop its first occurrence',
	openRecordingFirst: 'Open the recording first',
	whereOccurs: (term: string) => `Where “${term}” occurs`,
	termAt: (term: string, at: string) => `${term} at ${at}`,
	originalLanguage: 'Original language',
	original: 'Original',
	replayFrom: 'Replay from',
	estimated: 'Estimated from the text length',
	nowReading: (title: string) => `Now: ${title}`,
	// Dock
	backToCurrent: (where: 'above' | 'below' | 'visible') =>
		`Back to current ${where === 'above' ? '↑ (above)' : where === 'below' ? '↓ (below)' : '(on screen)'}`,
	keyboardShortcutsButton: 'Keyboard shortcuts (?)',
	studyTools: 'Study tools',
	loopOn: 'looping',
	player: 'Player',
	play: 'Play',
	pause: 'Pause',
	openMediaFirst: 'Open a media file first',
	currentTime: 'Current time',
	duration: 'Duration',
	seek: 'Seek',
	playbackRate: 'Playback rate',
	playbackRateTitle: 'Playback rate ([ slower, ] faster)',
	openToPlay: 'Open your recording to play along',
	waveform: 'Waveform',
	zoomOut: 'Zoom out',
	zoomOutTitle: 'Zoom out (Ctrl + wheel)',
	zoomIn: 'Zoom in',
	zoomInTitle: 'Zoom in (Ctrl + wheel)',
	waveformProgress: 'Waveform progress',
	drawingWaveform: (percent: number) => `Drawing the waveform… ${percent}%`,
	video: 'Video',
	// Study bar
	study: 'Study',
	loop: 'Loop',
	loopSection: 'Loop section',
	loopSentence: 'Loop sentence',
	setA: 'Set A',
	setATitle: 'Set A (key a)',
	setB: 'Set B',
	setBTitle: 'Set B and loop A–B (key b)',
	loopStatus: (label: string, from: string, to: string) => `${label} loop ${from}–${to}`,
	loopAt: 'at',
	loopRate: 'Loop rate',
	playerRate: 'player rate',
	stopLoop: 'Stop loop',
	saveLoop: 'Save loop',
	loopSaved: 'Loop saved',
	savedLoops: 'Saved loops',
	savedLoopsSummary: (n: number) => `Saved loops (${n})`,
	removeSavedLoop: (range: string) => `Remove saved loop ${range}`,
	noteBeyondEnd: (title: string, at: string, end: string) =>
		`“${title}” starts at ${at}, after the end of the media (${end}); it stays listed, but seeking to it stops at the end. Check that this is the right media file.`,
	noteBeyondEndMany: (count: number, title: string, at: string, end: string) =>
		`${count} timeline entries start after the end of the media (${end}), the first “${title}” at ${at}; they stay listed, but seeking to them stops at the end. Check that this is the right media file.`,
	showAllNotes: (n: number) => `Show all ${n} notes`,
	tickMore: (n: number) => `(and ${n} more)`,
	noWaveformNoTrack:
		'No waveform: no audio track was found in this file that the browser can read.',
	noWaveformCodec: (codec: string) =>
		`No waveform: this browser cannot decode the file’s audio (${codec}) for drawing; it still plays.`,
	noWaveformNoLength: 'No waveform: the audio has no length.',
	noWaveformRead: (why: string) => `No waveform: the audio could not be read (${why}).`,
	noWaveformWorker: 'No waveform: its worker could not run in this browser; the media still plays.',
	audioPlayerNotStarted: 'The audio player could not start. Reload the page.',
	audioNotLoaded: (why: string) => `The audio could not be loaded (${why}).`,
	mediaOpenFailed: (name: string, why: string) => `“${name}” could not be opened (${why}).`,
	afterTranscript: 'After the transcript',
	placeTextMissing: (title: string) =>
		`The text of “${title}” is no longer stored in this browser. Open its transcript file again.`,
	aThenB: (at: string) => `A at ${at} — now set B`,
	pauseAtEndOf: 'Pause at end of',
	pauseOff: '— (don’t pause)',
	pauseSentence: 'each sentence',
	pauseSection: 'each section',
	copyLink: 'Copy link to this moment',
	retime: 'Retime',
	retimeSummary: (offset: string, pinned: number) =>
		`Retime (${offset} s${pinned ? `, ${pinned} set` : ''})`,
	earlier: 'Times 0.1 s earlier',
	later: 'Times 0.1 s later',
	timeOffset: 'Time offset',
	pinHeading: 'Set this heading to now',
	undo: 'Undo',
	// Shortcuts dialog
	keyboardShortcuts: 'Keyboard shortcuts',
	shortcutsNote: 'They work anywhere on the page except while typing in a field.',
	or: ' or ',
	close: 'Close',
	shortcut: (action: ShortcutAction) => SHORTCUTS_EN[action],
	// Statuses and messages
	linkCopied: (url: string) => `Link copied: ${url}`,
	linkNotCopied: (url: string) => `The link could not be copied. Copy it from here: ${url}`,
	rate: (rate: number) => `Rate ${rate}×`,
	pointASet: 'Loop start A set; press b at the end',
	setAFirst: 'Set A first (key a), then B after it',
	loopStopped: 'Loop stopped',
	openToContinue: (name: string, at: string) => `Open “${name}” to continue at ${at}`,
	theRecording: 'The recording',
	notReopened: (name: string) =>
		`“${name}” could not be reopened (permission refused, or the file moved). Choose it with “Media file”.`,
	badDeepLink: (t: string) =>
		`The link’s time “${t}” is not a time. Use seconds (?t=1511), minutes:seconds (?t=25:11) or 25m11s.`,
	offlineReady: 'Tandem now works offline.',
	mediaShorter: (media: string, last: string, past: number) =>
		`This recording is ${media} long, but the transcript’s timeline goes on to ${last}: ${past} timeline ${past === 1 ? 'entry is' : 'entries are'} past the end and cannot play. Check that the recording and the transcript belong together.`,
	mediaLonger: (media: string, last: string) =>
		`This recording is ${media} long, much longer than the transcript’s timeline (last entry at ${last}). The highlight may not match: check that the recording and the transcript belong together.`,
	// Opening a transcript
	transcriptEmpty: (name: string) =>
		`“${name}” is empty. Choose a transcript with a timeline in it.`,
	transcriptTooLarge: (name: string, mb: string) =>
		`“${name}” is ${mb} MB, more than the 50 MB Tandem reads. Split it, or choose the transcript itself.`,
	legacyEncoding: (name: string, encoding: string) =>
		`“${name}” is not UTF-8 text; it was read as ${encoding}. If letters look wrong, save the file as UTF-8 and open it again.`,
	couldNotOpen: (name: string, line: number | undefined, why: string) =>
		`Couldn’t open “${name}”${line ? ` (line ${line})` : ''}: ${why}`,
	noTranscriptChosen: 'No transcript file was chosen.',
	tooManyTranscripts: (n: number) =>
		`${n} transcript files were chosen: open one, or two to pair (a text and its captions or chapters).`,
	readerStopped: 'The transcript reader stopped unexpectedly.',
	// Why a transcript could not be read (codes of TranscriptError)
	reasonEmpty: 'The transcript is empty: choose a file that contains the text to read along.',
	reasonNotText:
		'This file is not text (it looks binary), so it cannot be a transcript: choose a transcript (.md, .txt) file.',
	reasonVttHeader: (first: string) =>
		`This is not a WebVTT file: line 1 must start with “WEBVTT”, but it reads “${first}”. Add the WEBVTT line, or save it as .srt if it is SRT.`,
	reasonNoCues: (kind: string) =>
		`No cues were found in this ${kind} file: each cue needs a timing line such as “00:00:01.000 --> 00:00:04.000” followed by its text.`,
	reasonNoLrcLines:
		'No timed lines were found in this LRC file: each lyric line needs a stamp such as “[01:23.45]”.',
	reasonJsonSyntax: (line: number | undefined) =>
		`This JSON file is not valid JSON${line ? ` (near line ${line})` : ''}: check for a missing comma or quote.`,
	reasonNoJsonChapters:
		'This chapters file lists no chapter with a startTime: each chapter needs “startTime” in seconds.',
	reasonNoSegments:
		'This transcript JSON has no segment with a time and text: each needs “startTime” and “body”.',
	reasonUnknownJson:
		'This JSON file is neither Podcasting 2.0 chapters (“chapters”: […]) nor a transcript (“segments”: […]); Tandem reads those two.',
	reasonNoChapterList:
		'No chapter list was found: put one chapter per line, such as “0:00 Intro” or “Intro 0:00”.',
	reasonTwoTexts: (first: string, second: string) =>
		`“${first}” and “${second}” are both texts without times. To pair, open a text with a captions or chapters file (.vtt, .srt, .lrc, .json, or a chapter list).`,
	encodingGb18030: 'Chinese (GB18030)',
	encodingWestern: 'Western (Windows-1252 / Latin-1)',
	shiftDragLoop: 'Shift+drag to loop a range',
	estimatedAt: (time: string) => `≈ ${time} (estimated)`,
	placeNotSaved: (why: string) =>
		`Your place could not be saved (${why}). Playback goes on, but it will not be remembered after a reload; check that the browser allows site storage.`,
	placesNotRead: (why: string) =>
		`Your saved places could not be read (${why}). Playback works; resuming is unavailable.`,
	// Opening media
	mediaEmpty: (name: string) =>
		`“${name}” is empty (0 bytes). Choose the audio or video file itself.`,
	mediaIsText: (name: string, type: string) =>
		`“${name}”${type ? ` (type ${type})` : ''} is a text file, not audio or video. Choose the recording itself.`,
	mediaCodec: (name: string, type: string, container: string, codec: string | null, says: string) =>
		`“${name}” is a ${container} file${codec ? ` with ${codec} audio` : ''}${type ? ` (type ${type})` : ''}, but this browser cannot play ${codec ? 'that codec' : 'what is inside it'} (it may be damaged or use an unsupported codec).${says ? ` The browser says: ${says}.` : ''} Convert it, or ${PLAYABLE_EN.charAt(0).toLowerCase()}${PLAYABLE_EN.slice(1)}`,
	mediaNotMedia: (name: string, type: string, says: string) =>
		`“${name}”${type ? ` (type ${type})` : ''} does not start like any audio or video file: it is damaged, or not media.${says ? ` The browser says: ${says}.` : ''} ${PLAYABLE_EN}`,
	mediaUnreadable: (name: string, type: string) =>
		`“${name}” could not be read${type ? ` (type ${type})` : ''}. Open it again, or copy it to this computer first.`,
	mediaDamaged: (name: string, type: string) =>
		`“${name}” is damaged or uses a codec this browser cannot decode${type ? ` (type ${type})` : ''}. ${PLAYABLE_EN}`,
	mediaUnplayable: (name: string, type: string) =>
		`“${name}” is not audio or video this browser can play${type ? ` (type ${type})` : ''}. ${PLAYABLE_EN}`,
	mediaNotOpened: (name: string, type: string) =>
		`“${name}” could not be opened${type ? ` (type ${type})` : ''}. ${PLAYABLE_EN}`
};

/** The shape every language fills. */
export type Messages = typeof en;

/** Simplified Chinese. */
export const zh: Messages = {
	language: '语言',
	theme: '主题',
	themeSystem: '跟随系统',
	themeLight: '浅色',
	themeDark: '深色',
	mediaFile: '媒体文件',
	transcriptFile: '文稿文件',
	dropHint: '或把文件拖放到页面任意位置 · 同时选择文稿及其字幕或章节文件即可配对',
	dropzone: '拖放媒体或文稿文件即可打开',
	reading: (names) => `正在读取 ${names.map((n) => `“${n}”`).join(' 和 ')}…`,
	chooseReopenable: '选择一个刷新后 Tandem 仍能重新打开的录音…',
	reopenAt: (name, at) => `重新打开“${name}”，从 ${at} 继续`,
	resumeAt: (at) => `从 ${at} 继续`,
	notNow: '暂不',
	recent: '最近',
	noRecording: '无录音',
	forget: (title, media) => `忘记 ${title}${media ? `（及 ${media}）` : ''}`,
	export: '导出',
	exportWhenRead: '整篇文稿读完后才能导出。',
	exportItem: (kind) =>
		({
			'vtt-chapters': 'WebVTT 章节（.vtt）',
			'json-chapters': 'Podcasting 2.0 章节（.json）',
			markdown: '带时间轴的 Markdown（.md）',
			'vtt-captions': '逐句时间作为 WebVTT 字幕（.vtt）'
		})[kind],
	dismiss: '关闭消息',
	loadImages: (n) => `加载 ${n} 张远程图片`,
	imagesHint: '在你允许之前，不会获取其他网站的图片。',
	transcriptNotes: '文稿提示',
	transcriptText: '文稿',
	notesSummary: (warnings, notes) =>
		`文稿提示（${warnings ? `${warnings} 条警告，` : ''}${notes} 条说明）`,
	note: '说明',
	warning: '警告',
	line: (n) => `第 ${n} 行：`,
	search: '搜索',
	searchPlaceholder: '搜索文稿（/）— 监管、jianguan、GPT…',
	noMatches: '无匹配',
	searchIndexing: '正在为这份长文稿准备搜索…',
	matches: (n, more) => `${n}${more ? '+' : ''} 处匹配 — 按 Enter 播放第一处`,
	searchResults: '搜索结果',
	timeline: '时间轴',
	noTimeline: '此文稿没有时间轴。',
	terms: '术语',
	termLoopAt: '循环速度',
	termLoopRate: '术语循环速度',
	noTerms: '此文稿中未找到双语术语或拉丁字母名称。',
	loopFirstOccurrence: '循环播放它第一次出现的位置',
	openRecordingFirst: '请先打开录音',
	whereOccurs: (term) => `“${term}”出现的位置`,
	termAt: (term, at) => `${term}，位于 ${at}`,
	originalLanguage: '原文',
	original: '原文',
	replayFrom: '重播自',
	estimated: '根据文字长度估算',
	nowReading: (title) => `当前：${title}`,
	backToCurrent: (where) =>
		`回到当前位置 ${where === 'above' ? '↑（上方）' : where === 'below' ? '↓（下方）' : '（屏幕内）'}`,
	keyboardShortcutsButton: '键盘快捷键（?）',
	studyTools: '学习工具',
	loopOn: '循环中',
	player: '播放器',
	play: '播放',
	pause: '暂停',
	openMediaFirst: '请先打开媒体文件',
	currentTime: '当前时间',
	duration: '时长',
	seek: '进度',
	playbackRate: '播放速度',
	playbackRateTitle: '播放速度（[ 减慢，] 加快）',
	openToPlay: '打开你的录音即可边听边读',
	waveform: '波形',
	zoomOut: '缩小',
	zoomOutTitle: '缩小（Ctrl + 滚轮）',
	zoomIn: '放大',
	zoomInTitle: '放大（Ctrl + 滚轮）',
	waveformProgress: '波形进度',
	drawingWaveform: (percent) => `正在绘制波形… ${percent}%`,
	video: '视频',
	study: '学习',
	loop: '循环',
	loopSection: '循环本节',
	loopSentence: '循环本句',
	setA: '设置 A',
	setATitle: '设置 A（按键 a）',
	setB: '设置 B',
	setBTitle: '设置 B 并循环 A–B（按键 b）',
	loopStatus: (label, from, to) =>
		`${label === 'Section' ? '本节' : label === 'Sentence' ? '本句' : label} 循环 ${from}–${to}`,
	loopAt: '速度',
	loopRate: '循环速度',
	playerRate: '播放器速度',
	stopLoop: '停止循环',
	saveLoop: '保存循环',
	loopSaved: '循环已保存',
	savedLoops: '已保存的循环',
	savedLoopsSummary: (n) => `已保存的循环（${n}）`,
	removeSavedLoop: (range) => `删除已保存的循环 ${range}`,
	noteBeyondEnd: (title, at, end) =>
		`“${title}”开始于 ${at}，晚于媒体的结尾（${end}）；它仍会列出，但跳转到它时会停在结尾。请确认这是正确的媒体文件。`,
	noteBeyondEndMany: (count, title, at, end) =>
		`有 ${count} 个时间线条目开始于媒体的结尾（${end}）之后，第一个是“${title}”（${at}）；它们仍会列出，但跳转到它们时会停在结尾。请确认这是正确的媒体文件。`,
	showAllNotes: (n) => `显示全部 ${n} 条提示`,
	tickMore: (n) => `（另有 ${n} 条）`,
	noWaveformNoTrack: '没有波形：这个文件里没有浏览器能读取的音轨。',
	noWaveformCodec: (codec) =>
		`没有波形：此浏览器无法解码该文件的音频（${codec}）来绘制波形；它仍可播放。`,
	noWaveformNoLength: '没有波形：音频没有长度。',
	noWaveformRead: (why) => `没有波形：无法读取音频（${why}）。`,
	noWaveformWorker: '没有波形：波形的工作线程无法在此浏览器中运行；媒体仍可播放。',
	audioPlayerNotStarted: '音频播放器无法启动。请重新加载页面。',
	audioNotLoaded: (why) => `无法加载音频（${why}）。`,
	mediaOpenFailed: (name, why) => `无法打开“${name}”（${why}）。`,
	afterTranscript: '文稿之后',
	placeTextMissing: (title) => `“${title}”的文本已不在此浏览器中保存。请重新打开它的文稿文件。`,
	aThenB: (at) => `A 在 ${at} — 现在设置 B`,
	pauseAtEndOf: '暂停于',
	pauseOff: '—（不暂停）',
	pauseSentence: '每句结尾',
	pauseSection: '每节结尾',
	copyLink: '复制此刻的链接',
	retime: '调整时间',
	retimeSummary: (offset, pinned) =>
		`调整时间（${offset} 秒${pinned ? `，已设 ${pinned} 处` : ''}）`,
	earlier: '时间提前 0.1 秒',
	later: '时间推后 0.1 秒',
	timeOffset: '时间偏移',
	pinHeading: '把此标题设为当前时间',
	undo: '撤销',
	keyboardShortcuts: '键盘快捷键',
	shortcutsNote: '在页面任意位置都可使用，在输入框中输入时除外。',
	or: ' 或 ',
	close: '关闭',
	shortcut: (action) => SHORTCUTS_ZH[action],
	linkCopied: (url) => `链接已复制：${url}`,
	linkNotCopied: (url) => `无法复制链接。请从这里复制：${url}`,
	rate: (rate) => `速度 ${rate}×`,
	pointASet: '已设置循环起点 A；到终点时按 b',
	setAFirst: '请先设置 A（按键 a），再在其后设置 B',
	loopStopped: '已停止循环',
	openToContinue: (name, at) => `打开“${name}”即可从 ${at} 继续`,
	theRecording: '录音',
	notReopened: (name) =>
		`无法重新打开“${name}”（权限被拒绝，或文件已移动）。请用“媒体文件”重新选择。`,
	badDeepLink: (t) =>
		`链接中的时间“${t}”不是有效时间。请使用秒数（?t=1511）、分:秒（?t=25:11）或 25m11s。`,
	offlineReady: 'Tandem 现在可以离线使用。',
	mediaShorter: (media, last, past) =>
		`这段录音长 ${media}，但文稿的时间轴一直到 ${last}：有 ${past} 个时间轴条目超出结尾，无法播放。请确认录音和文稿是否配套。`,
	mediaLonger: (media, last) =>
		`这段录音长 ${media}，远长于文稿的时间轴（最后一个条目在 ${last}）。高亮可能对不上：请确认录音和文稿是否配套。`,
	transcriptEmpty: (name) => `“${name}”是空文件。请选择带时间轴的文稿。`,
	transcriptTooLarge: (name, mb) =>
		`“${name}”有 ${mb} MB，超过 Tandem 可读取的 50 MB。请拆分它，或选择文稿本身。`,
	legacyEncoding: (name, encoding) =>
		`“${name}”不是 UTF-8 文本，已按 ${encoding} 读取。如果文字显示不对，请把文件另存为 UTF-8 后重新打开。`,
	couldNotOpen: (name, line, why) => `无法打开“${name}”${line ? `（第 ${line} 行）` : ''}：${why}`,
	noTranscriptChosen: '没有选择文稿文件。',
	tooManyTranscripts: (n) =>
		`选择了 ${n} 个文稿文件：请打开一个，或打开两个进行配对（文稿及其字幕或章节）。`,
	readerStopped: '文稿读取程序意外停止。',
	reasonEmpty: '文稿是空的：请选择包含要跟读文字的文件。',
	reasonNotText:
		'这个文件不是文本（看起来是二进制文件），不能作为文稿：请选择文稿文件（.md、.txt）。',
	reasonVttHeader: (first) =>
		`这不是 WebVTT 文件：第 1 行必须以“WEBVTT”开头，但它是“${first}”。请加上 WEBVTT 这一行；如果它是 SRT，请另存为 .srt。`,
	reasonNoCues: (kind) =>
		`这个 ${kind} 文件里没有找到字幕条目：每条字幕需要一行时间（如“00:00:01.000 --> 00:00:04.000”），后面跟着文字。`,
	reasonNoLrcLines: '这个 LRC 文件里没有带时间的行：每行歌词需要一个时间标记，如“[01:23.45]”。',
	reasonJsonSyntax: (line) =>
		`这个 JSON 文件不是有效的 JSON${line ? `（约第 ${line} 行）` : ''}：请检查是否缺少逗号或引号。`,
	reasonNoJsonChapters:
		'这个章节文件里没有带 startTime 的章节：每个章节需要以秒为单位的“startTime”。',
	reasonNoSegments: '这个文稿 JSON 里没有带时间和文字的片段：每个片段需要“startTime”和“body”。',
	reasonUnknownJson:
		'这个 JSON 文件既不是 Podcasting 2.0 章节（“chapters”: […]），也不是文稿（“segments”: […]）；Tandem 只读取这两种。',
	reasonNoChapterList: '没有找到章节列表：请每行写一个章节，如“0:00 开场”或“开场 0:00”。',
	reasonTwoTexts: (first, second) =>
		`“${first}”和“${second}”都是不带时间的文本。要配对，请把文稿与字幕或章节文件（.vtt、.srt、.lrc、.json 或章节列表）一起打开。`,
	encodingGb18030: '中文（GB18030）',
	encodingWestern: '西文（Windows-1252 / Latin-1）',
	shiftDragLoop: '按住 Shift 拖动可循环一段',
	estimatedAt: (time) => `≈ ${time}（估计）`,
	placeNotSaved: (why) =>
		`无法保存你的位置（${why}）。播放会继续，但重新加载后不会记住；请检查浏览器是否允许网站存储。`,
	placesNotRead: (why) => `无法读取已保存的位置（${why}）。播放正常，但无法继续上次的位置。`,
	mediaEmpty: (name) => `“${name}”是空文件（0 字节）。请选择音频或视频文件本身。`,
	mediaIsText: (name, type) =>
		`“${name}”${type ? `（类型 ${type}）` : ''}是文本文件，不是音频或视频。请选择录音本身。`,
	mediaCodec: (name, type, container, codec, says) =>
		`“${name}”是 ${container} 文件${codec ? `（${codec} 音频）` : ''}${type ? `（类型 ${type}）` : ''}，但此浏览器无法播放${codec ? '该编码' : '其中的内容'}（文件可能已损坏或使用了不支持的编码）。${says ? `浏览器提示：${says}。` : ''}请转换格式，或${PLAYABLE_ZH.slice(1)}`,
	mediaNotMedia: (name, type, says) =>
		`“${name}”${type ? `（类型 ${type}）` : ''}的开头不像任何音频或视频文件：它已损坏，或不是媒体文件。${says ? `浏览器提示：${says}。` : ''}${PLAYABLE_ZH}`,
	mediaUnreadable: (name, type) =>
		`无法读取“${name}”${type ? `（类型 ${type}）` : ''}。请重新打开，或先把它复制到这台电脑上。`,
	mediaDamaged: (name, type) =>
		`“${name}”已损坏，或使用了此浏览器无法解码的编码${type ? `（类型 ${type}）` : ''}。${PLAYABLE_ZH}`,
	mediaUnplayable: (name, type) =>
		`“${name}”不是此浏览器能播放的音频或视频${type ? `（类型 ${type}）` : ''}。${PLAYABLE_ZH}`,
	mediaNotOpened: (name, type) =>
		`无法打开“${name}”${type ? `（类型 ${type}）` : ''}。${PLAYABLE_ZH}`
};

/** Every language's catalogue. */
export const catalogues: Record<Lang, Messages> = { en, zh };
