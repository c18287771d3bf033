// What an instruction-following model can be asked to do (#uses): for each use, a complete example prompt with
// its own sample input, so a reader can paste it into a chatbot as it stands, what a good answer looks like for
// that sample, and what to check before trusting the model with real data.
import { assertText, assertUniqueIds, type Text } from './bilingual';

export const useIds = ['slogans', 'similarity', 'paraphrase', 'qa-matching', 'risk', 'typos', 'entities', 'intent'] as const;
export type UseId = (typeof useIds)[number];

export interface UsePrompt {
  readonly id: UseId;
  readonly name: Text;
  /** The prompt to copy; lines are separated by "\n". */
  readonly prompt: Text;
  /** What a good answer to this very prompt looks like. */
  readonly goodAnswer: Text;
  /** What to check in the answer. */
  readonly checks: readonly Text[];
}

const uses: readonly UsePrompt[] = [
  {
    id: 'slogans',
    name: { en: 'Slogan writing', zh: '写宣传语' },
    prompt: {
      en: 'Write five slogans, under ten words each, for a school recycling week. Make one of them funny.',
      zh: '为学校的垃圾分类宣传周写五条标语，每条不超过十个字，其中一条要幽默。',
    },
    goodAnswer: {
      en: 'Five short slogans, each under ten words, one of them clearly a joke.',
      zh: '五条简短的标语，每条不超过十个字，其中一条明显带着幽默。',
    },
    checks: [
      { en: 'Is each slogan original, not a well-known one reused?', zh: '是否原创，而不是照搬现成的口号？' },
      { en: 'Does any slogan promise something untrue?', zh: '有没有夸大不实的承诺？' },
      { en: 'Did it keep to the number and the length you asked for?', zh: '条数和字数是否符合要求？' },
    ],
  },
  {
    id: 'similarity',
    name: { en: 'Sentence similarity', zh: '句子相似度' },
    prompt: {
      en: 'Do these two sentences mean the same thing? Answer yes or no, then give one reason.\nA: The shop closes at six.\nB: The store is open until 6 pm.',
      zh: '下面两句话意思相同吗？先答“是”或“否”，再说一个理由。\nA：商店六点关门。\nB：这家店营业到晚上六点。',
    },
    goodAnswer: {
      en: 'Yes: closing at six and being open until 6 pm name the same time. A careful answer may add that “six” alone does not say am or pm.',
      zh: '“是”：六点关门和营业到晚上六点说的是同一个时间。细心的回答还会指出，单说“六点”并没有讲明是早上还是晚上。',
    },
    checks: [
      { en: 'Compare its answers with your own judgement on a sample of pairs.', zh: '抽一部分句对，和你自己的判断对照。' },
      { en: 'Reword one sentence slightly: does the answer change?', zh: '把其中一句稍微换个说法，答案会不会变？' },
    ],
  },
  {
    id: 'paraphrase',
    name: { en: 'Paraphrase generation', zh: '生成同义句' },
    prompt: {
      en: 'Rewrite this sentence in three different ways for a ten-year-old, keeping the meaning: Photosynthesis turns light into chemical energy.',
      zh: '用三种不同的说法改写这句话，让十岁的孩子能看懂，意思不变：光合作用把光能转化为化学能。',
    },
    goodAnswer: {
      en: 'Three simple sentences that all say plants use light to make energy they can store, with no new claims added.',
      zh: '三个浅显的句子，都在说植物利用光来制造可以储存的能量，没有添加新的说法。',
    },
    checks: [
      { en: 'Has the meaning drifted, or has a new claim crept in?', zh: '意思有没有走样，有没有混进新的说法？' },
      { en: 'Are the three versions really different from each other?', zh: '三种说法是否真的彼此不同？' },
    ],
  },
  {
    id: 'qa-matching',
    name: { en: 'Question–answer matching', zh: '问答匹配' },
    prompt: {
      en: 'Here is a customer question and five answers from our FAQ. Which answer fits the question best? Reply with its number only.\nQuestion: Can I return shoes I have already worn outside?\n1. Delivery takes three to five working days.\n2. Unworn items can be returned within 30 days for a full refund.\n3. You can change the delivery address until the parcel is sent.\n4. We accept card and bank transfer.\n5. Gift cards cannot be exchanged for cash.',
      zh: '下面是一个客户问题和五条常见问题解答。哪一条最对题？只回答编号。\n问题：鞋子已经穿出去过了，还能退吗？\n1. 发货后三到五个工作日送达。\n2. 未穿着的商品 30 天内可全额退款。\n3. 包裹寄出前可以修改收货地址。\n4. 我们支持银行卡和转账付款。\n5. 礼品卡不能兑换现金。',
    },
    goodAnswer: {
      en: '2. It is the answer on the right topic, but it covers unworn items only, so the honest reply to this customer is “no”.',
      zh: '2。这一条对题，但它只适用于“未穿着”的商品，所以如实回答这位客户应该是“不能退”。',
    },
    checks: [
      { en: 'Test it on questions whose right answer you already know.', zh: '先用你已经知道正确答案的问题测试。' },
      { en: 'What does it do with a question that no answer fits?', zh: '遇到哪一条都不对题的问题，它会怎么回答？' },
    ],
  },
  {
    id: 'risk',
    name: { en: 'Risk detection', zh: '风险识别' },
    prompt: {
      en: 'Does this message try to get someone’s password or bank details? Answer yes or no and quote the suspicious part.\nMessage: Hello, this is the IT help desk. Your mailbox is full and will be closed today. Reply with your username and password so we can fix it.',
      zh: '这条消息是不是在套取别人的密码或银行卡信息？回答“是”或“否”，并引用可疑的原文。\n消息：您好，这里是学校信息中心。您的邮箱空间已满，今天将被停用。请回复您的用户名和密码，我们帮您处理。',
    },
    goodAnswer: {
      en: 'Yes, quoting “Reply with your username and password”.',
      zh: '“是”，并引用“请回复您的用户名和密码”。',
    },
    checks: [
      { en: 'Try harmless messages too: how many false alarms?', zh: '也试试正常的消息：误报有多少？' },
      { en: 'Try subtler scams: how many does it miss?', zh: '再试试更隐蔽的诈骗：漏掉了多少？' },
      { en: 'Use it beside a dedicated filter, not instead of one.', zh: '应与专门的过滤系统配合使用，而不是取而代之。' },
    ],
  },
  {
    id: 'typos',
    name: { en: 'Typos and sensitive words', zh: '错别字与敏感词检测' },
    prompt: {
      en: 'List every spelling mistake in this paragraph with its correction, and list any words that could offend readers.\nParagraph: Our libary will be closed on Wensday for cleaning. Please retrun borrowed books before then.',
      zh: '找出这段话里的所有错别字并给出改正，再列出可能冒犯读者的词语。\n段落：图书馆周三闭馆打扫卫生，请大家在此之前归还借阅的书藉。各位同学要按时完成做业，不要再拖廷了。',
    },
    goodAnswer: {
      en: 'Three mistakes: libary → library, Wensday → Wednesday, retrun → return. No offensive words.',
      zh: '三处错别字：书藉 → 书籍，做业 → 作业，拖廷 → 拖延。没有冒犯读者的词语。',
    },
    checks: [
      { en: 'It can miss errors or invent them: check every item against the text.', zh: '它可能漏掉错误，也可能凭空“找出”错误：逐条对照原文核实。' },
      { en: 'Did it “correct” words that were already right?', zh: '有没有把本来正确的字词也“改正”了？' },
    ],
  },
  {
    id: 'entities',
    name: { en: 'Entity extraction', zh: '实体抽取' },
    prompt: {
      en: 'List the people, organisations, places and dates in this news item as a table with two columns: entity and type.\nNews: On 3 May, Maria Lopez, head of the Riverside Library, opened a new reading room in Leeds with support from the Hartley Foundation.',
      zh: '把下面这则新闻里的人名、机构、地点和日期整理成表格，分两列：实体、类型。\n新闻：5 月 3 日，市图书馆馆长李红在杭州市西湖区开设了一间新的阅览室，该项目得到了晨光基金会的资助。',
    },
    goodAnswer: {
      en: 'Five rows: 3 May (date), Maria Lopez (person), Riverside Library (organisation), Leeds (place), Hartley Foundation (organisation).',
      zh: '五行：5 月 3 日（日期）、李红（人名）、市图书馆（机构）、杭州市西湖区（地点）、晨光基金会（机构）。',
    },
    checks: [
      { en: 'Every item must really appear in the text.', zh: '每一项都必须真的出现在原文里。' },
      { en: 'Is anything missing, or given the wrong type?', zh: '有没有遗漏，或者类型标错的？' },
    ],
  },
  {
    id: 'intent',
    name: { en: 'Intent recognition', zh: '意图识别' },
    prompt: {
      en: 'Classify this message as one of: order status, refund, complaint, other. Reply with the label only.\nMessage: My parcel still hasn’t arrived.',
      zh: '把这条消息归入以下一类：查询物流、退款、投诉、其他。只回答类别。\n消息：我的包裹到现在还没到。',
    },
    goodAnswer: { en: 'order status', zh: '查询物流' },
    checks: [
      {
        en: 'Try messages that fit no label, or two (“It’s a week late and I want my money back”).',
        zh: '试试哪一类都不像、或者同时像两类的消息（“晚了一个星期，我要退钱”）。',
      },
      { en: 'Does it reply with the label only, as asked?', zh: '它是否按要求只回答类别？' },
    ],
  },
];

/** Throws a RangeError naming the first problem: the uses in the fixed order, every text in both languages. */
export function validateUses(list: readonly UsePrompt[]): readonly UsePrompt[] {
  if (list.map((u) => u.id).join() !== useIds.join()) throw new RangeError(`uses must be ${useIds.join(', ')} in that order`);
  assertUniqueIds(list, 'uses');
  for (const use of list) {
    for (const field of ['name', 'prompt', 'goodAnswer'] as const) assertText(use[field], `uses.${use.id}.${field}`);
    if (use.checks.length === 0) throw new RangeError(`uses.${use.id}.checks must not be empty`);
    use.checks.forEach((c, i) => assertText(c, `uses.${use.id}.checks[${i}]`));
  }
  return list;
}

export const usePrompts: readonly UsePrompt[] = validateUses(uses);
