// InstructGPT's three training steps (Ouyang et al. 2022, arXiv 2203.02155) for the stepper in #instructgpt-steps:
// what data each step uses, who produced it, what is trained, and the paper's figures. Figures that follow from
// others (comparisons per prompt and per batch) are not stored here: the widget computes them with lib/rlhf.
import { assertText, assertUniqueIds, type Text } from './bilingual';

/** The paper's numbers, each with where it is stated (all confirmed in shared/FACTS.md §8). */
export const paper = {
  /** §1: "three model sizes (1.3B, 6B, and 175B parameters)". */
  modelSizes: [1.3e9, 6e9, 175e9],
  /** §3.4: "a team of about 40 contractors". */
  contractors: 40,
  /** §3.2 (Table 6 gives 12,725): about 13k SFT training prompts. */
  sftPrompts: 13_000,
  /** §3.5: "We trained for 16 epochs". */
  sftEpochs: 16,
  /** §3.2 (Table 6 gives 33,207): about 33k RM prompts. */
  rmPrompts: 33_000,
  /** §3.5: only 6B reward models; 175B "could be unstable". */
  rmParams: 6e9,
  /** §3.5: "anywhere between K = 4 and K = 9 responses to rank". */
  kMin: 4,
  kMax: 9,
  /** App. C.2: a batch of 64 prompts, all C(K, 2) comparisons of a prompt in one batch element. */
  rmBatchPrompts: 64,
  /** §3.2 (Table 6 gives 31,144): about 31k PPO prompts, from the API only. */
  ppoPrompts: 31_000,
  /** App. C.4: 256k episodes. */
  ppoEpisodes: 256_000,
  /** App. C.4: KL reward coefficient β = 0.02, pretraining coefficient γ = 27.8, clip ratio 0.2. */
  beta: 0.02,
  gamma: 27.8,
  clipRatio: 0.2,
} as const;

export const stepIds = ['sft', 'rm', 'ppo'] as const;
export type StepId = (typeof stepIds)[number];

/** count: 13,000 / 1.3 万; params: 6B / 60 亿; number: as written; range: two values, "4 to 9". */
export type FigureFormat = 'count' | 'params' | 'number' | 'range';

export interface StepFigure {
  readonly id: string;
  readonly label: Text;
  readonly values: readonly number[];
  readonly format: FigureFormat;
  /** The paper rounds it ("about 13k"). */
  readonly approx?: boolean;
  readonly note?: Text;
}

export interface InstructGptStep {
  readonly id: StepId;
  /** The tab's label. */
  readonly short: Text;
  readonly title: Text;
  readonly data: Text;
  readonly producedBy: Text;
  readonly trained: Text;
  readonly startsFrom: Text;
  readonly produces: Text;
  /** The step's loss or objective in plain text. */
  readonly formula: Text;
  readonly figures: readonly StepFigure[];
}

const steps: readonly InstructGptStep[] = [
  {
    id: 'sft',
    short: { en: 'SFT', zh: '监督微调' },
    title: { en: 'Step 1: supervised fine-tuning (SFT)', zh: '第一步：监督微调（SFT）' },
    data: {
      en: 'Prompts, each paired with an answer a person wrote to show the behaviour wanted: a demonstration.',
      zh: '提示，每个都配有一条人写的回答，示范希望模型怎样作答。',
    },
    producedBy: {
      en: 'Prompts: customers of the OpenAI API (through the Playground) and the labellers themselves. Answers: written by the labellers, a team of contractors hired through Upwork and Scale AI.',
      zh: '提示：OpenAI API 的用户（通过 Playground 提交）和标注员本人。回答：由标注员撰写，他们是通过 Upwork 和 Scale AI 招募的外包团队。',
    },
    trained: {
      en: 'Pretrained GPT-3 is fine-tuned on the prompt–answer pairs with the ordinary next-token loss. Only the data is new.',
      zh: '在“提示—回答”对上微调预训练好的 GPT-3，损失仍是普通的下一个词元预测，变的只是数据。',
    },
    startsFrom: { en: 'Pretrained GPT-3', zh: '预训练的 GPT-3' },
    produces: { en: 'The SFT model, which both later steps start from', zh: 'SFT 模型，后两步都从它出发' },
    formula: {
      en: 'loss = − Σ log π(each token of the demonstration | the prompt and the tokens before it)',
      zh: '损失 = − Σ log π（示范回答的每个词元 | 提示和它前面的词元）',
    },
    figures: [
      { id: 'sft-prompts', label: { en: 'Training prompts', zh: '训练提示' }, values: [paper.sftPrompts], format: 'count', approx: true },
      { id: 'labellers', label: { en: 'Labellers (contractors)', zh: '标注员（外包人员）' }, values: [paper.contractors], format: 'count', approx: true },
      { id: 'model-sizes', label: { en: 'GPT-3 sizes fine-tuned', zh: '微调的 GPT-3 规模' }, values: paper.modelSizes, format: 'params' },
      { id: 'sft-epochs', label: { en: 'Training epochs', zh: '训练轮次' }, values: [paper.sftEpochs], format: 'number' },
    ],
  },
  {
    id: 'rm',
    short: { en: 'Reward model', zh: '奖励模型' },
    title: { en: 'Step 2: a reward model from rankings', zh: '第二步：用排序训练奖励模型' },
    data: {
      en: 'Prompts, each with K answers from the models, ranked by a labeller from best to worst. Every ranking is split into all the pairs it orders.',
      zh: '提示，每个配有 K 个模型生成的回答，由标注员从好到差排好序；每个排序都拆成它所包含的全部两两比较。',
    },
    producedBy: {
      en: 'Prompts: API customers and labellers. Answers: mostly the SFT models, some later PPO models. Rankings: the labellers.',
      zh: '提示：API 用户和标注员。回答：大多由 SFT 模型生成，也有一些来自后来的 PPO 模型。排序：标注员。',
    },
    trained: {
      en: 'A model that reads a prompt and an answer and outputs one number, the reward. In every pair, the preferred answer should get the higher score; all pairs from one prompt form a single batch element.',
      zh: '一个读入提示和回答、输出一个数（奖励）的模型。每一对比较中，更受偏好的回答应当得分更高；同一提示的全部比较放进同一个批次元素。',
    },
    startsFrom: { en: 'The SFT model with its final, token-predicting layer removed', zh: '去掉最后一层（预测词元的输出层）的 SFT 模型' },
    produces: { en: 'The reward model r(x, y): a score for any answer y to a prompt x', zh: '奖励模型 r(x, y)：给提示 x 的任意回答 y 打分' },
    formula: {
      en: 'loss = − log σ(r(x, y_w) − r(x, y_l)), averaged over the C(K, 2) pairs (y_w preferred to y_l)',
      zh: '损失 = − log σ(r(x, y_w) − r(x, y_l))，对 C(K, 2) 组比较取平均（y_w 胜过 y_l）',
    },
    figures: [
      { id: 'rm-prompts', label: { en: 'Ranked prompts', zh: '排序的提示' }, values: [paper.rmPrompts], format: 'count', approx: true },
      { id: 'k-range', label: { en: 'Answers ranked per prompt (K)', zh: '每个提示排序的回答数（K）' }, values: [paper.kMin, paper.kMax], format: 'range' },
      {
        id: 'rm-size',
        label: { en: 'Reward model size', zh: '奖励模型规模' },
        values: [paper.rmParams],
        format: 'params',
        note: { en: 'a 175B reward model could be unstable to train', zh: '1750 亿参数的奖励模型训练起来可能不稳定' },
      },
    ],
  },
  {
    id: 'ppo',
    short: { en: 'PPO', zh: 'PPO 强化学习' },
    title: { en: 'Step 3: reinforcement learning with PPO', zh: '第三步：用 PPO 做强化学习' },
    data: {
      en: 'Prompts only. The policy writes its own answers and the reward model scores them: nobody labels anything in this step.',
      zh: '只有提示。策略自己写回答，由奖励模型打分：这一步没有任何人工标注。',
    },
    producedBy: {
      en: 'Prompts: API customers only. Answers: the policy being trained. Scores: the reward model from step 2.',
      zh: '提示：只来自 API 用户。回答：正在训练的策略自己生成。打分：第二步的奖励模型。',
    },
    trained: {
      en: 'The policy is updated with PPO to earn a high reward, minus a KL penalty for drifting from the SFT model. PPO-ptx, the model the paper calls InstructGPT, also keeps training on pretraining text.',
      zh: '用 PPO 更新策略，目标是拿高奖励，同时为偏离 SFT 模型付出 KL 惩罚。PPO-ptx（论文所说的 InstructGPT）还继续在预训练文本上训练。',
    },
    startsFrom: {
      en: 'The SFT model, which also stays on as the reference for the KL penalty; the value function starts from the reward model',
      zh: 'SFT 模型，它同时留作 KL 惩罚的参照；价值函数从奖励模型初始化',
    },
    produces: { en: 'InstructGPT: the PPO-ptx policy', zh: 'InstructGPT，即 PPO-ptx 策略' },
    formula: {
      en: 'objective = r(x, y) − β · log(π_RL(y|x) / π_SFT(y|x)) + γ · log-likelihood of pretraining text',
      zh: '目标 = r(x, y) − β · log(π_RL(y|x) / π_SFT(y|x)) + γ · 预训练文本的对数似然',
    },
    figures: [
      { id: 'ppo-prompts', label: { en: 'Training prompts', zh: '训练提示' }, values: [paper.ppoPrompts], format: 'count', approx: true },
      { id: 'episodes', label: { en: 'Episodes (prompt, answer, reward)', zh: '回合（提示、回答、奖励）' }, values: [paper.ppoEpisodes], format: 'count' },
      { id: 'beta', label: { en: 'KL coefficient β', zh: 'KL 系数 β' }, values: [paper.beta], format: 'number' },
      {
        id: 'gamma',
        label: { en: 'Pretraining coefficient γ', zh: '预训练系数 γ' },
        values: [paper.gamma],
        format: 'number',
        note: { en: 'PPO-ptx; γ = 0 is plain PPO, which still has the KL penalty', zh: 'PPO-ptx；γ = 0 即普通 PPO，它同样有 KL 惩罚' },
      },
      { id: 'clip', label: { en: 'PPO clip ratio ε', zh: 'PPO 裁剪比例 ε' }, values: [paper.clipRatio], format: 'number' },
    ],
  },
];

const textFields = ['short', 'title', 'data', 'producedBy', 'trained', 'startsFrom', 'produces', 'formula'] as const;

/** Throws a RangeError naming the first problem: the three steps in order, every text in both languages, finite figures. */
export function validateSteps(list: readonly InstructGptStep[]): readonly InstructGptStep[] {
  if (list.map((s) => s.id).join() !== stepIds.join()) throw new RangeError(`steps must be ${stepIds.join(', ')} in that order`);
  for (const step of list) {
    for (const field of textFields) assertText(step[field], `steps.${step.id}.${field}`);
    assertUniqueIds(step.figures, `steps.${step.id}.figures`);
    for (const fig of step.figures) {
      const where = `steps.${step.id}.figures.${fig.id}`;
      assertText(fig.label, `${where}.label`);
      if (fig.note) assertText(fig.note, `${where}.note`);
      const arity = fig.format === 'range' ? 2 : fig.values.length;
      if (fig.values.length === 0 || fig.values.length !== arity) throw new RangeError(`${where}: wrong number of values for ${fig.format}`);
      for (const v of fig.values) if (!Number.isFinite(v) || v <= 0) throw new RangeError(`${where}: values must be finite and > 0, got ${v}`);
      if (fig.format === 'range' && !((fig.values[0] as number) < (fig.values[1] as number))) throw new RangeError(`${where}: a range must go up`);
    }
  }
  return list;
}

export const instructGptSteps: readonly InstructGptStep[] = validateSteps(steps);
