<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ActivationPanel</name>
    <message>
        <location filename="../../ui/activation_panel.py" line="+26"/>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never saturates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; solid lines are g(z), dashed lines g′(z). In the shaded bands |g′(z)| &amp;lt; 0.05: a unit whose z sits there passes almost no gradient back, so it barely learns. The grey bars are where the chosen layer&apos;s z values are now: bars drifting into the shaded bands mean saturating (tanh, sigmoid) or dying (ReLU) units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose pre-activations z to show as bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which activation&apos;s saturated regions are shaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram of z in layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shade where |g′| &lt; 0.05 for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>g(z), g′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+71"/>
        <source>&lt;b&gt;Units passing almost no gradient, per layer&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Layer {k} ({g}): {share} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer {k} ({g}): never saturates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No hidden layers: nothing can saturate before the output&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <location filename="extracted_strings.py" line="+40"/>
        <source>Exporting an animation needs Pillow, an optional part of NNSim. Install it with: pip install &apos;nnsim[gif]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryKey</name>
    <message>
        <location filename="../../ui/boundary.py" line="+171"/>
        <source>What the background colours mean, and how train, dev and test points are drawn.</source>
        <translation>Ý nghĩa của các màu nền, và cách vẽ các điểm huấn luyện, phát triển (dev) và kiểm tra.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Probability of class “%1”</source>
        <translation>Xác suất thuộc lớp “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted value</source>
        <translation>Giá trị dự đoán</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predicted class (paler: less sure)</source>
        <translation>Lớp dự đoán (càng nhạt: càng kém chắc chắn)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>train</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dev</source>
        <translation>phát triển</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test</source>
        <translation>kiểm tra</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location line="+73"/>
        <source>Draw points</source>
        <translation>Vẽ điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw your own data: left click adds a point of the chosen class, right click removes the nearest; watch how the boundary bends to fit the points you add.</source>
        <translation>Tự vẽ dữ liệu: nhấp chuột trái để thêm một điểm thuộc lớp đã chọn, nhấp chuột phải để xoá điểm gần nhất; hãy xem biên quyết định uốn theo các điểm bạn thêm vào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The class of the points a left click adds.</source>
        <translation>Lớp của các điểm được thêm khi nhấp chuột trái.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left click: add · right click: remove</source>
        <translation>Chuột trái: thêm · chuột phải: xoá</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The input column along the horizontal axis; the picture is a slice through the other inputs.</source>
        <translation>Cột đầu vào trên trục ngang; hình là một lát cắt qua các đầu vào còn lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The input column along the vertical axis; the picture is a slice through the other inputs.</source>
        <translation>Cột đầu vào trên trục dọc; hình là một lát cắt qua các đầu vào còn lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Horizontal:</source>
        <translation>Trục ngang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertical:</source>
        <translation>Trục dọc:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network sees every input: the columns not on the axes are fixed at these values, so points off this slice may look misplaced.</source>
        <translation>Mạng nhìn thấy mọi đầu vào: các cột không nằm trên hai trục được giữ cố định ở các giá trị này, nên những điểm nằm ngoài lát cắt có thể trông như bị đặt sai chỗ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network&apos;s output over the input plane, with the data on top; test points far inside the other colour are mistakes.</source>
        <translation>Đầu ra của mạng trên mặt phẳng đầu vào, với dữ liệu vẽ chồng lên trên; các điểm kiểm tra nằm sâu trong vùng màu kia là dự đoán sai.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Drawing points works on classification data with two input columns; pick a generated classification data set to draw.</source>
        <translation>Chỉ vẽ điểm được với dữ liệu phân loại có hai cột đầu vào; hãy chọn một tập dữ liệu phân loại được tạo sẵn để vẽ.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Other columns held at their mean: %1</source>
        <translation>Các cột khác được giữ ở giá trị trung bình: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Class %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a point</source>
        <translation>Thêm một điểm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove a point</source>
        <translation>Xoá một điểm</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare.py" line="+195"/>
        <source>Compare runs</source>
        <extracomment>The settings &quot;change one thing&quot; offers, in menu order (titles are translated when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new run: the baseline&apos;s set-up, same data and seed, with only this one setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over from the main run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every run and copy the main window&apos;s set-up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step</source>
        <translation type="unfinished">bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (solid train, dashed dev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gap is train accuracy minus dev accuracy, in points: a big gap is overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At most {n} runs side by side: remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A run with this set-up is already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareRuns</name>
    <message>
        <location line="+173"/>
        <source>Compare runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train copies of this set-up side by side, each with one setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-2"/>
        <source>“{text}” is not a value for {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionTable</name>
    <message>
        <location filename="../../ui/figures.py" line="+233"/>
        <source>Test-set counts: row = true class, column = predicted class. A strong diagonal means few mistakes; a dark cell off it is a confusion to look at.</source>
        <translation>Số đếm trên tập kiểm tra: hàng = lớp thực tế, cột = lớp dự đoán. Đường chéo đậm nghĩa là ít sai; một ô đậm nằm ngoài đường chéo là một chỗ nhầm lẫn đáng xem xét.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 test examples of class %2 predicted as %3 (%4 of that class)</source>
        <translation>%1 mẫu kiểm tra thuộc lớp %2 được dự đoán là %3 (%4 số mẫu của lớp đó)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>predicted %1</source>
        <translation>dự đoán %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true %1</source>
        <translation>thực tế %1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/controller.py" line="+217"/>
        <source>Lower the learning rate</source>
        <translation>Giảm hệ số học</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reset the weights</source>
        <translation>Đặt lại trọng số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New data</source>
        <translation>Dữ liệu mới</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import CSV</source>
        <translation>Nhập CSV</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../ui/controls.py" line="+147"/>
        <source>Data</source>
        <extracomment>Typical values offered in the editable number boxes (TensorFlow Playground&apos;s, mostly).</extracomment>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data set</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points the network learns to separate (or, for Plane and Sum of Gaussians, to fit). Harder shapes such as the spiral need more neurons, more layers or extra input features.</source>
        <translation>Các điểm mà mạng học cách phân tách (hoặc, với Mặt phẳng và Tổng các hàm Gauss, học cách khớp). Hình dạng khó hơn như xoắn ốc cần thêm nơ-ron, thêm lớp hoặc thêm đặc trưng đầu vào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many classes the Gaussian and spiral data have. More than two needs a softmax output, which is chosen for you.</source>
        <translation>Số lớp của dữ liệu Gauss và xoắn ốc. Nhiều hơn hai lớp cần đầu ra softmax, chương trình sẽ tự chọn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise</source>
        <translation>Nhiễu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much random scatter is added to every point. More noise blurs the classes: watch the test cost stay above the training cost as the network starts fitting the noise.</source>
        <translation>Mức nhiễu ngẫu nhiên thêm vào mỗi điểm. Nhiễu càng nhiều các lớp càng lẫn vào nhau: hãy xem chi phí kiểm tra nằm trên chi phí huấn luyện khi mạng bắt đầu khớp cả nhiễu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the noise</source>
        <translation>Đổi mức nhiễu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>Số mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many points are generated. With few points a big network memorises them: compare the training and test costs.</source>
        <translation>Số điểm được tạo ra. Với ít điểm, một mạng lớn sẽ học thuộc lòng chúng: hãy so sánh chi phí huấn luyện và chi phí kiểm tra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the number of samples</source>
        <translation>Đổi số mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test data</source>
        <translation>Dữ liệu kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the points held back to test the network; it never trains on them. A test cost well above the training cost means the network overfits.</source>
        <translation>Tỉ lệ điểm được giữ lại để kiểm tra mạng; mạng không bao giờ học trên chúng. Chi phí kiểm tra cao hơn hẳn chi phí huấn luyện nghĩa là mạng đang quá khớp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the test share</source>
        <translation>Đổi tỉ lệ kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev data</source>
        <translation>Dữ liệu phát triển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share held back as a development set, for comparing settings and for early stopping. Tune on the dev set and keep the test set for the final check.</source>
        <translation>Tỉ lệ được giữ lại làm tập phát triển, để so sánh các thiết lập và để dừng sớm. Hãy tinh chỉnh trên tập phát triển và để dành tập kiểm tra cho lần kiểm tra cuối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the dev share</source>
        <translation>Đổi tỉ lệ phát triển</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feed {feature} to the network as an input. Products and sines of x₁ and x₂ let even a network without hidden layers draw curved boundaries.</source>
        <translation>Đưa {feature} vào mạng làm một đầu vào. Tích và sin của x₁, x₂ giúp ngay cả mạng không có lớp ẩn cũng vẽ được biên cong.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The inputs the network receives.</source>
        <translation>Các đầu vào mà mạng nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>Đặc trưng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV file&apos;s inputs are its columns other than the label.</source>
        <translation>Đầu vào của tệp CSV là các cột trừ cột nhãn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Standardize the inputs</source>
        <translation>Chuẩn hoá đầu vào</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Shift and scale every input to mean 0 and standard deviation 1, measured on the training data. Without it, inputs of very different sizes make gradient descent zigzag.</source>
        <translation>Dịch và co giãn mỗi đầu vào về trung bình 0 và độ lệch chuẩn 1, đo trên dữ liệu huấn luyện. Nếu không, các đầu vào có độ lớn chênh lệch sẽ khiến hạ gradient đi zích zắc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The seeds that make this run reproducible: Reset draws a new weights seed, New data a new data seed. The same seeds give the same run, step for step.</source>
        <translation>Các hạt giống giúp lặp lại đúng lần chạy này: Đặt lại lấy hạt giống trọng số mới, Dữ liệu mới lấy hạt giống dữ liệu mới. Cùng hạt giống cho cùng một lần chạy, từng bước một.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeds</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers</source>
        <translation>Lớp ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurons in each hidden layer, separated by commas (4, 2 is two layers); empty is logistic regression. The canvas edits them too. Bigger networks fit more, and overfit more.</source>
        <translation>Số nơ-ron của mỗi lớp ẩn, cách nhau bằng dấu phẩy (4, 2 là hai lớp); để trống là hồi quy logistic. Có thể sửa cả trên hình vẽ mạng. Mạng lớn hơn khớp tốt hơn, và cũng dễ quá khớp hơn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activation</source>
        <translation>Hàm kích hoạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activation g(z) of every hidden layer (the canvas sets one layer from its header). Sigmoid and tanh saturate and slow deep networks; a ReLU unit can die and stay at zero.</source>
        <translation>Hàm kích hoạt g(z) của mọi lớp ẩn (trên hình vẽ mạng có thể đặt riêng từng lớp ở phần đầu lớp). Sigmoid và tanh bị bão hoà và làm chậm mạng sâu; một đơn vị ReLU có thể &quot;chết&quot; và nằm yên ở 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per layer</source>
        <translation>Theo từng lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the hidden activation</source>
        <translation>Đổi hàm kích hoạt lớp ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output layer&apos;s activation: sigmoid for two classes, softmax for several, linear for regression. The loss follows it: cross-entropy, or mean squared error for linear.</source>
        <translation>Hàm kích hoạt của lớp đầu ra: sigmoid cho hai lớp, softmax cho nhiều lớp, tuyến tính cho hồi quy. Hàm mất mát đi theo: entropy chéo, hoặc sai số bình phương trung bình với tuyến tính.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the output activation</source>
        <translation>Đổi hàm kích hoạt đầu ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initializer</source>
        <translation>Khởi tạo trọng số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the weights are drawn before training. All zeros leaves the units of a layer identical; too large saturates tanh and sigmoid; Xavier suits tanh, He suits ReLU.</source>
        <translation>Cách chọn trọng số trước khi huấn luyện. Toàn số 0 khiến các đơn vị trong một lớp giống hệt nhau; quá lớn làm tanh và sigmoid bão hoà; Xavier hợp với tanh, He hợp với ReLU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the initializer</source>
        <translation>Đổi cách khởi tạo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer</source>
        <translation>Thuật toán tối ưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule that turns gradients into weight updates. Momentum, RMSprop and Adam usually need far fewer steps than plain gradient descent; Adam often wants a smaller learning rate.</source>
        <translation>Quy tắc biến gradient thành bước cập nhật trọng số. Momentum, RMSprop và Adam thường cần ít bước hơn nhiều so với hạ gradient thông thường; Adam thường cần hệ số học nhỏ hơn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the optimizer</source>
        <translation>Đổi thuật toán tối ưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Hệ số học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the learning rate</source>
        <translation>Đổi hệ số học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α, the size of each step down the gradient. Too small and the cost falls slowly; too large and it oscillates or blows up (training then stops and offers to roll back).</source>
        <translation>α, độ dài mỗi bước đi xuống theo gradient. Quá nhỏ thì chi phí giảm chậm; quá lớn thì chi phí dao động hoặc bùng nổ (khi đó huấn luyện dừng lại và đề nghị quay lui).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum β</source>
        <translation>Momentum β</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change β</source>
        <translation>Đổi β</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the previous update carries over: 0.9 averages about the last ten gradients. Closer to 1 smooths more but turns more slowly.</source>
        <translation>Phần của lần cập nhật trước được giữ lại: 0.9 xấp xỉ trung bình mười gradient gần nhất. Càng gần 1 càng mượt nhưng đổi hướng càng chậm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change β₁</source>
        <translation>Đổi β₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s decay of the running mean of gradients (usually 0.9): its momentum part.</source>
        <translation>Hệ số suy giảm của trung bình trượt gradient trong Adam (thường là 0.9): phần momentum của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change β₂</source>
        <translation>Đổi β₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decay of the running mean of squared gradients (usually 0.999). Lower values adapt faster but make the steps noisier.</source>
        <translation>Hệ số suy giảm của trung bình trượt bình phương gradient (thường là 0.999). Giá trị thấp hơn thích nghi nhanh hơn nhưng các bước nhiễu hơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change ε</source>
        <translation>Đổi ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tiny number added under the square root so that nothing is divided by zero (usually 10⁻⁸). It rarely needs changing.</source>
        <translation>Một số rất nhỏ cộng vào dưới căn để không bao giờ chia cho 0 (thường là 10⁻⁸). Hiếm khi cần thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay</source>
        <translation>Giảm dần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the learning rate shrinks as the epochs pass: big steps early, fine ones later. Watch the cost curve settle instead of jittering.</source>
        <translation>Cách hệ số học giảm dần qua các epoch: bước lớn lúc đầu, bước nhỏ về sau. Hãy xem đường chi phí lắng xuống thay vì rung lắc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decay rate</source>
        <translation>Tốc độ giảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the decay rate</source>
        <translation>Đổi tốc độ giảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly the schedule lowers α. Inverse time: α = α₀ / (1 + rate·e); exponential: α = α₀·rate^e, so there a rate below 1.</source>
        <translation>Mức lịch trình làm giảm α. Nghịch đảo thời gian: α = α₀ / (1 + rate·e); hàm mũ: α = α₀·rate^e, nên ở đó rate nhỏ hơn 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay every</source>
        <translation>Giảm sau mỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs between two decay steps: e = ⌊epoch / interval⌋.</source>
        <translation>Số epoch giữa hai lần giảm: e = ⌊epoch / interval⌋.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> epochs</source>
        <translation> epoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the decay interval</source>
        <translation>Đổi khoảng giảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Kích thước lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many examples each step averages its gradient over; full batch uses every training example. Small batches take cheaper but noisier steps: watch the cost curve jitter.</source>
        <translation>Số mẫu mà mỗi bước lấy trung bình gradient; cả lô dùng mọi mẫu huấn luyện. Lô nhỏ cho bước rẻ hơn nhưng nhiễu hơn: hãy xem đường chi phí rung lắc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full batch</source>
        <translation>Cả lô</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the batch size</source>
        <translation>Đổi kích thước lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs limit</source>
        <translation>Giới hạn epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pauses after this many epochs (passes over the training data). Raise it to go on.</source>
        <translation>Huấn luyện tạm dừng sau chừng này epoch (lượt qua dữ liệu huấn luyện). Tăng lên để chạy tiếp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the epochs limit</source>
        <translation>Đổi giới hạn epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 (λ)</source>
        <translation>L2 (λ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change L2</source>
        <translation>Đổi L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>λ of the L2 penalty (λ/2m)·Σ‖W‖², which shrinks every weight a little each step. It fights overfitting; too much and the boundary becomes too simple.</source>
        <translation>λ của số hạng phạt L2 (λ/2m)·Σ‖W‖², làm mọi trọng số nhỏ đi một chút sau mỗi bước. Nó chống quá khớp; quá nhiều thì biên quyết định trở nên quá đơn giản.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L1 (λ₁)</source>
        <translation>L1 (λ₁)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change L1</source>
        <translation>Đổi L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>λ₁ of the L1 penalty (λ₁/m)·Σ|W|, which pushes unneeded weights to exactly zero: watch thin links vanish on the canvas.</source>
        <translation>λ₁ của số hạng phạt L1 (λ₁/m)·Σ|W|, đẩy các trọng số không cần thiết về đúng 0: hãy xem các liên kết mảnh biến mất trên hình vẽ mạng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep probability</source>
        <translation>Xác suất giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the keep probability</source>
        <translation>Đổi xác suất giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout: the chance that a hidden neuron takes part in a training step (1 turns dropout off; one value, or one per hidden layer separated by commas). Lower values regularise more but make the training cost noisy.</source>
        <translation>Dropout: xác suất một nơ-ron ẩn tham gia một bước huấn luyện (1 là tắt dropout; một giá trị, hoặc mỗi lớp ẩn một giá trị cách nhau bằng dấu phẩy). Giá trị thấp hơn điều chuẩn mạnh hơn nhưng làm chi phí huấn luyện nhiễu.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change the data set</source>
        <translation>Đổi tập dữ liệu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change the learning-rate decay</source>
        <translation>Đổi cách giảm hệ số học</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the number of classes</source>
        <translation>Đổi số lớp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the input features</source>
        <translation>Đổi các đặc trưng đầu vào</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the hidden layers</source>
        <translation>Đổi các lớp ẩn</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inputs: the columns {columns}.</source>
        <translation>Đầu vào: các cột {columns}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs: every column except the label ({label}).</source>
        <translation>Đầu vào: mọi cột trừ cột nhãn ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last column</source>
        <translation>cột cuối cùng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data {data}, weights {weights}</source>
        <translation>dữ liệu {data}, trọng số {weights}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>CSV: {file}</source>
        <translation>CSV: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawn points</source>
        <translation>Điểm tự vẽ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The points you drew on the data plot.</source>
        <translation>Các điểm bạn đã vẽ trên đồ thị dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train on the rows of a CSV file.</source>
        <translation>Huấn luyện trên các dòng của một tệp CSV.</translation>
    </message>
</context>
<context>
    <name>CustomizeDialog</name>
    <message>
        <location filename="../../ui/customize.py" line="+153"/>
        <source>Customize controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untick what learners should not see in this project. It is saved with the project file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customizer</name>
    <message>
        <location line="-133"/>
        <source>Customize controls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which settings and buttons this project shows (saved with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not keep the hidden controls in {file}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthPanel</name>
    <message>
        <location filename="../../ui/depth_panel.py" line="+39"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; each row of the left maps is one layer. With small or large random weights, the activations shrink to 0 or pile up at ±1 and the gradients fall many powers of ten from the last layer to the first. Tanh with Xavier and ReLU with He keep both level. A deep sigmoid network loses gradient at every layer whatever the initialization, because σ′(z) ≤ ¼: with 10 layers of 50 units the first layer&apos;s gradient spread is about 3 millionths of the last&apos;s (measured with Xavier). That is why hidden layers use tanh or ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activation a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Activations A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log₁₀|dW|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gradients dW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread by depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>std(A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>std(dW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(A spread below 1e-12, such as an exact 0, is drawn at 1e-12.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>layer {k}: units {units} are identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hidden units are copies of each other: the symmetry is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Copies (same incoming weights and bias, so they compute the same thing and get the same update):&lt;/b&gt; {list}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <location filename="extracted_strings.py" line="+174"/>
        <source>{count} hidden activations given for {layers} hidden layers; give one name, or one per hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a whole number of at least {minimum}, not {value!r}</source>
        <translation>{name} phải là số nguyên, ít nhất {minimum}, không phải {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class labels must be whole numbers from 0 to {max_label}; found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output {output!r} needs {rule}, not {outputs!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has shape {shape}; expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not valid TOML: {reason}</source>
        <translation>{path} không phải TOML hợp lệ: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be {expected}, not {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}{units!r} units; a layer needs a whole number of at least 1 unit</source>
        <translation>{where}{units!r} đơn vị; mỗi lớp cần một số nguyên, ít nhất 1 đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be {rule}, not {value!r}</source>
        <translation>{key} phải {rule}, không phải {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: expected {expected} columns, as on line {first_line}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: the file is empty; it needs one row per example</source>
        <translation>{name}: dòng {line}: tệp rỗng; cần mỗi mẫu một dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r} is empty</source>
        <translation>{name}: dòng {line}: cột {column!r} bị trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: a header but no data rows</source>
        <translation>{name}: dòng {line}: có dòng tiêu đề nhưng không có dòng dữ liệu nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r} is the label; it cannot also be a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: no feature columns; the columns are: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: no label column {label!r}; the columns are: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r}: {text!r} is not a finite number (NaN or infinity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: column {column!r}: {text!r} is not a number</source>
        <translation>{name}: dòng {line}: cột {column!r}: {text!r} không phải là số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: a quoted cell on this row is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: all {rows} rows have the label {label!r}; classification needs at least two classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: no feature column {feature!r}; the columns are: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature {feature!r} is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature map is empty; choose at least one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the input pipeline cannot be exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtype {dtype!r} is not supported; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the input pipeline gives {features} network inputs ({names}) but the network takes {inputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX export needs the onnx package ({reason}); install it with: pip install nnsim[onnx]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} contains NaN or infinity; only a network with finite weights can be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot export to a {suffix!r} file; the suffix chooses the format, one of: {choices}</source>
        <translation>{path}: không thể xuất ra tệp {suffix!r}; phần mở rộng quyết định định dạng, chọn một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot write the file ({reason}); nothing was changed</source>
        <translation>{path}: không ghi được tệp ({reason}); chưa có gì thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature map ({features}) applies to two-column inputs only; these data have {count} columns ({columns}): give no feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: line {line}: not UTF-8 text</source>
        <translation>{path}: dòng {line}: không phải văn bản UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}: không đọc được tệp ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output {output!r} cannot be paired with loss {loss!r}; valid losses for {output!r}: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a data column is already called {column!r}, the name the label column is written under; rename that column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot load weights from a {suffix!r} file; load one of: {choices}</source>
        <translation>{path}: không nạp được trọng số từ tệp {suffix!r}; hãy nạp một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} contains NaN or infinity (first at row {row}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset {dataset!r} does not take classes = {classes!r}; only {choices} take a number of classes other than 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be {rule}, not {value!r}</source>
        <translation>{name} phải {rule}, không phải {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable NNSim project: {reason}</source>
        <translation>{path} không phải là dự án NNSim đọc được: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds an invalid project: {reason}</source>
        <translation>{path} chứa một dự án không hợp lệ: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a complete NNSim project: it has no {member}</source>
        <translation>{path} không phải là dự án NNSim đầy đủ: thiếu {member}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer NNSim (project format {version}; this one reads up to {supported}); update NNSim to open it</source>
        <translation>{path} được ghi bởi phiên bản NNSim mới hơn (định dạng dự án {version}; bản này chỉ đọc tới {supported}); hãy cập nhật NNSim để mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X has {x_rows} rows but Y has {y_rows}; each example needs one target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}softmax is an output activation only (its derivative is not element-wise); use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space [{key}]: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space {name}: no table; give one table per key to search, e.g. [training.learning_rate] with low, high and log = true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space: unknown key {key!r}; any run config key can be searched: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search space [{key}]: the value {value!r} does not fit the run config: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} examples with dev_fraction {dev} and test_fraction {test} leave no training example; lower the fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the study storage {storage}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hyperparameter search needs Optuna ({reason}); install it with: pip install &apos;nnsim[tune]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the run config has no dev set (data.dev_fraction = 0); trials are compared on the dev set, so set data.dev_fraction, e.g. to 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite does not take parallel writers; use --jobs 1, a journal file or PostgreSQL for {jobs} jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study {study!r} in {storage} was started with another run config, search space, sampler, seed or objective; choose another --study, or leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key {key!r} in {section}; valid keys: {choices}</source>
        <translation>khoá {key!r} không có trong {section}; các khoá hợp lệ: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}unknown {kind} {name!r}; choose one of: {choices}</source>
        <translation>{where}{kind} {name!r} không tồn tại; chọn một trong: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a valid NNSim weights file: {reason}</source>
        <translation>{path}: không phải tệp trọng số NNSim hợp lệ: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: weights format version {version} is newer than this NNSim reads (up to {supported}); update NNSim</source>
        <translation>{path}: định dạng trọng số phiên bản {version} mới hơn mức NNSim này đọc được (tới {supported}); hãy cập nhật NNSim</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../../ui/worker.py" line="+90"/>
        <source>The engine process stopped unexpectedly (exit code {code}).</source>
        <translation>Tiến trình tính toán dừng bất ngờ (mã thoát {code}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lost the connection to the engine process.</source>
        <translation>Mất kết nối với tiến trình tính toán.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/figures.py" line="-213"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Epoch</source>
        <translation>Số epoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete passes over the training set so far.</source>
        <translation>Số lượt đã đi hết tập huấn luyện cho đến giờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Số bước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mini-batch updates of the weights so far.</source>
        <translation>Số lần cập nhật trọng số theo lô nhỏ cho đến giờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate α</source>
        <translation>Hệ số học α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step size of each update now (it falls over time if a decay schedule is on).</source>
        <translation>Độ dài bước của mỗi lần cập nhật lúc này (giảm dần theo thời gian nếu bật lịch giảm hệ số học).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per second</source>
        <translation>Số bước mỗi giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast training runs now; shown while playing.</source>
        <translation>Tốc độ huấn luyện lúc này; hiển thị khi đang chạy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost J</source>
        <translation>Chi phí J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training objective: mean training loss plus the L1/L2 penalty; it should fall while training works.</source>
        <translation>Mục tiêu huấn luyện: mất mát huấn luyện trung bình cộng với số hạng phạt L1/L2; nó phải giảm khi huấn luyện có hiệu quả.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev</source>
        <translation>Phát triển</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The examples the network learns from.</source>
        <translation>Các mẫu mà mạng học từ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out examples for choosing hyperparameters and early stopping.</source>
        <translation>Các mẫu được giữ riêng để chọn siêu tham số và để dừng sớm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out examples that estimate how the network does on new data; a test loss far above the training loss means overfitting.</source>
        <translation>Các mẫu được giữ riêng để ước lượng mạng làm tốt đến đâu trên dữ liệu mới; mất mát kiểm tra cao hơn hẳn mất mát huấn luyện nghĩa là mạng đang quá khớp.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loss</source>
        <translation>Mất mát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean loss on each split (no penalty, no dropout).</source>
        <translation>Mất mát trung bình trên từng tập (không có số hạng phạt, không dropout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the split&apos;s examples classified right.</source>
        <translation>Tỉ lệ mẫu của tập được phân loại đúng.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confusion matrix, test set</source>
        <translation>Ma trận nhầm lẫn, tập kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows: the true class; columns: the class predicted. Counts off the diagonal are mistakes.</source>
        <translation>Hàng: lớp thực tế; cột: lớp dự đoán. Các số nằm ngoài đường chéo là dự đoán sai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows: true class · columns: predicted class</source>
        <translation>hàng: lớp thực tế · cột: lớp dự đoán</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/files.py" line="+86"/>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new project with the default settings</source>
        <translation>Bắt đầu dự án mới với thiết lập mặc định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a saved project</source>
        <translation>Mở một dự án đã lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+159"/>
        <source>Save the project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the project under a new name</source>
        <translation>Lưu dự án với tên mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the rows of a CSV file</source>
        <translation>Huấn luyện trên các dòng của một tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;data as CSV…</source>
        <translation>Xuất &amp;dữ liệu ra CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the data set to a CSV file</source>
        <translation>Ghi tập dữ liệu ra tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;weights…</source>
        <translation>Xuất t&amp;rọng số…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the trained weights for other tools: NumPy, JSON, ONNX or a standalone Python script</source>
        <translation>Ghi trọng số đã huấn luyện cho công cụ khác: NumPy, JSON, ONNX hoặc một tệp Python độc lập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;picture</source>
        <translation>Xuất &amp;hình ảnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network…</source>
        <translation>Mạng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision boundary…</source>
        <translation>Biên quyết định…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole window…</source>
        <translation>Toàn bộ cửa sổ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close NNSim</source>
        <translation>Đóng NNSim</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No recent files</source>
        <translation>Chưa có tệp gần đây</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation>Xoá danh sách</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Dự án có thay đổi chưa được lưu. Lưu lại trước chứ?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open a project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NNSim projects (*.nnsim);;All files (*)</source>
        <translation>Dự án NNSim (*.nnsim);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>NNSim projects (*.nnsim)</source>
        <translation>Dự án NNSim (*.nnsim)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a CSV file</source>
        <translation>Nhập một tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not import {file}</source>
        <translation>Không nhập được {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NumPy arrays (*.npz)</source>
        <translation>Mảng NumPy (*.npz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ONNX (*.onnx)</source>
        <translation>ONNX (*.onnx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standalone NumPy script (*.py)</source>
        <translation>Tệp lệnh NumPy độc lập (*.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the weights</source>
        <translation>Xuất trọng số</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export a picture</source>
        <translation>Xuất hình ảnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write {file}</source>
        <translation>Không ghi được {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the picture to {path}</source>
        <translation>Đã lưu hình vào {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not open {file}</source>
        <translation>Không mở được {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save {file}</source>
        <translation>Không lưu được {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to {file}</source>
        <translation>Không xuất được ra {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message}

The current project is unchanged.</source>
        <translation>{message}

Dự án hiện tại vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened {path}</source>
        <translation>Đã mở {path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {path}</source>
        <translation>Đã xuất {path}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/glossary.py" line="+94"/>
        <source>Glossary</source>
        <extracomment>(English, Vietnamese, meaning in English, meaning in Vietnamese)</extracomment>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search in English or Vietnamese…</source>
        <translation>Tìm bằng tiếng Anh hoặc tiếng Việt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n thuật ngữ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradCheckPanel</name>
    <message>
        <location filename="../../ui/gradcheck_panel.py" line="+23"/>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below 2e-7: backpropagation and the numerical slope agree; the gradient is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 2e-7 and 1e-5: probably right, but look at the layer with the largest difference before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above 1e-5: backpropagation computes something else than the slope of the cost; look for the bug in the layer marked wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; the check nudges every weight by ε = 1e-7 both ways, measures how the cost changes, and compares that slope with what backpropagation computed. Dropout is off during the check (its random masks would change the cost between the two nudges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the gradient of the current network on up to 32 training examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break backprop: multiply layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pretend backpropagation has a bug in one layer, to see the check catch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;s gradient by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(only in the gradient-checking lesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overall relative difference on {n} examples: &lt;b&gt;{d}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With layer {k}&apos;s gradient × {f}, overall relative difference on {n} examples: &lt;b&gt;{d}&lt;/b&gt; — &lt;b style=&apos;color:{c}&apos;&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A kink was crossed in layer(s) {layers}: a ReLU input moved across 0 while nudging, where the slope jumps, so a large difference there is not a bug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelColumnDialog</name>
    <message>
        <location filename="../../ui/files.py" line="-298"/>
        <source>Import CSV</source>
        <extracomment>Export weights: the formats&apos; suffixes, in the file dialog&apos;s order.</extracomment>
        <translation type="unfinished">Nhập CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {count} columns. Which one is the label the network should predict? The others become its inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The column to predict: class names or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../ui/lessons.py" line="+57"/>
        <source>No lesson open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Think about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Goal:&lt;/b&gt; {goal}&lt;br&gt;&lt;b style=&apos;color:#1a7f37&apos;&gt;Goal reached ✓&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Goal:&lt;/b&gt; {goal}&lt;br&gt;&lt;span style=&apos;color:#777&apos;&gt;not reached yet&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location line="+19"/>
        <source>Activation explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signal and gradient by depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimizer paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark identical units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame hidden units whose incoming weights are exact copies of each other (the symmetry problem of zero initialization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-233"/>
        <source>Activation functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each unit computes z = w·a + b and then applies an activation g(z). Sigmoid squashes z into (0, 1), tanh into (−1, 1), ReLU keeps positive z and zeroes the rest. Learning runs on the derivative g′(z): where g′ is almost 0 the unit passes almost no gradient back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Play. In the Activation explorer, change the layer whose z is shown; then switch the hidden activation to sigmoid or ReLU and play again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grey bars of z against the shaded bands where |g′(z)| &lt; 0.05, and the share of saturated or dead units per layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the derivative of sigmoid never larger than ¼, and what does that do to a long chain of layers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why non-linear activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With linear activations, a stack of layers is still one linear function of the input: W²(W¹x + b¹) + b² is just W′x + b′. However deep, the network can only draw a straight boundary. A non-linear g between the layers is what lets it bend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the preset: the hidden layers are linear. Then set the hidden activation to tanh or ReLU and play again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision boundary: a straight line that cannot separate the circle, then a closed curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which single layer of a network may sensibly stay linear, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistic regression, then a small network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistic regression is a network with no hidden layer: ŷ = σ(w·x + b). It can only draw one straight boundary, so on the flower data it stays near 50% accuracy whatever you do. One hidden layer of a few tanh units is enough to learn the petals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play until the cost stops falling. Then add a hidden layer of 4 units (tanh) and play again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The train accuracy: stuck near half, then climbing well above 85%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does a better optimizer or more epochs not help logistic regression here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward and backward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One training step has three parts. Forward: each layer computes Z = W·A + b and A = g(Z), up to the prediction. Backward: from dZ = A − Y at the output, each layer passes dA = Wᵀ·dZ back and computes dW = (1/m)·dZ·Aᵀ and db. Update: W := W − α·dW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Step panel is open: press Next to go through one step phase by phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shapes of every matrix, and how dZ of one layer becomes dA of the layer before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does the backward pass need the Z and A that the forward pass computed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every weight starts at 0, every hidden unit of a layer computes the same thing and gets the same update: they stay identical forever, and the layer is no better than one unit. Random initial weights break this symmetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play and look at the list of identical units. Then set the initialization to He (normal) and play again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under zeros, every unit of a layer listed as a copy and the accuracy stuck at chance; under He, no copies and the circle learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it enough to make the biases random and keep the weights at zero?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random weights break the symmetry, but their size matters. Weights × 10 make z huge: sigmoid and tanh units saturate, ReLU outputs explode, and the first cost is enormous. Weights × 0.01 make the signal shrink layer after layer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the spread by depth, then try small random and He initialization on the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std(A) and std(dW) against the layer: growing, shrinking or level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does the right scale of the initial weights depend on the number of inputs of a unit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier and He initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier scales the initial weights by √(1/n) (n inputs per unit), He by √(2/n). Then each layer&apos;s output has about the spread of its input, so signals and gradients stay level with depth: Xavier suits tanh, He suits ReLU. A deep sigmoid network still loses gradient at every layer whatever the initialization, since σ′ ≤ ¼: one reason hidden layers use tanh or ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play, and compare the spread by depth with what large or small random weights gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The std(A) and std(dW) curves staying roughly flat across layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does He use 2/n where Xavier uses 1/n? Think about what ReLU does to half of its inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overfitting and regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A large network on few noisy points can memorise the training set: the train accuracy keeps rising while the dev accuracy falls behind. L2 regularization penalises large weights (adding (λ/2m)·Σ‖W‖² to the cost); dropout switches units off at random while training. Both make a simpler function; early stopping stops before memorising starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play and watch the train and dev curves part. Then set L2 (try 0.7) or keep probability (try 0.7) and play again from new weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gap between train and dev accuracy in the Figures panel, and the wiggles of the boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why judge a regularization setting on the dev split and not on the test split?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalizing the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When features have very different scales (x and x²), the cost is a long narrow valley in weight space: gradient descent zig-zags and needs a small learning rate. Subtracting the mean and dividing by the standard deviation of each feature rounds the valley out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the paths on two weights of the network. Then turn standardisation on, draw them again and play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape of the contours and how fast the cost falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why must the dev and test data be scaled with the training set&apos;s mean and deviation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batch gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step uses a mini-batch of the training set instead of all of it. Steps are cheaper and come more often, but each batch&apos;s cost is a noisy estimate of the whole cost, so the per-batch curve jitters while the trend falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mini-batch cost on the Cost plot. Try batch sizes 1, 32 and all the data (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How noisy the grey per-batch cost is, and how many steps an epoch takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are batch sizes often powers of two, like 32 or 64?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum, RMSprop and Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum follows an exponentially weighted average of past gradients, which damps oscillation. RMSprop divides each step by the root of an average of squared gradients, so steep directions take smaller steps. Adam does both, with bias correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the paths on the bowl and replay them. Then switch the run&apos;s optimizer between Adam and gradient descent at the same learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zig-zag of gradient descent, the overshoot of momentum, the direct route of Adam; and the cost curves of the two runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does β₁ = 0.9 mean in terms of how many past gradients momentum remembers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning-rate decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A large learning rate makes fast progress early but keeps bouncing around the minimum. Decaying α over the epochs takes big steps first and small ones later. Inverse-time decay: α = α₀ / (1 + decay_rate·⌊epoch / interval⌋).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play and follow the marker on the schedule; try exponential decay or another rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps of the schedule and the cost settling after each drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What goes wrong if α decays too fast?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backpropagation is easy to get subtly wrong. A gradient check compares it with the slope measured numerically: (J(θ + ε) − J(θ − ε)) / 2ε for every parameter. The relative difference should be below about 2e-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the check. Then tick Break backprop, choose a layer and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The overall verdict and the layer the check points at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the check run once to test the code, and never during training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax for several classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With more than two classes the output layer has one unit per class and softmax turns the scores into probabilities that add up to 1: ŷᵢ = eᶻⁱ / Σⱼ eᶻʲ. The loss is the cross-entropy of the true class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play and watch the three regions form; read the confusion matrix in the Figures panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which classes are confused with which, and where on the spiral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With two classes, how is softmax related to sigmoid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperparameter tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learning rate, the network&apos;s size, the regularization and the batch size are chosen, not learnt. Try many settings, sampled at random (the learning rate on a log scale), and keep the one with the best dev score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preset&apos;s learning rate is far too small. Search for a better one in the Tuning panel, or by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dev accuracy of each trial, and which hyperparameters matter most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why sample the learning rate between 0.0001 and 1 on a log scale instead of evenly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to a non-linear activation and reach 90% test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a hidden layer and reach 85% train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make zero initialization fail, then fix it with He (test accuracy above 90%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an initialization that learns the circle (90% test accuracy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the train–dev accuracy gap under 3 points with L2 or dropout (dev accuracy at least 80%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break one layer and let the check point at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn standardisation on and reach 95% train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find settings that reach 85% dev accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../ui/curves.py" line="+26"/>
        <source>train loss</source>
        <translation>mất mát huấn luyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev loss</source>
        <translation>mất mát phát triển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss</source>
        <translation>mất mát kiểm tra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>early stop</source>
        <translation>dừng sớm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>phân kỳ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Log scale</source>
        <extracomment>Column of each field in ``Snapshot.history``.</extracomment>
        <translation>Thang logarit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot the loss on a logarithmic axis, so small late improvements stay visible; a straight falling line is steady progress.</source>
        <translation>Vẽ mất mát trên trục logarit để những cải thiện nhỏ về sau vẫn thấy rõ; một đường thẳng đi xuống là tiến bộ đều đặn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mini-batch cost</source>
        <translation>Chi phí lô nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each mini-batch&apos;s cost faintly behind the curves: it is noisy, and noisier still for small batches.</source>
        <translation>Hiện mờ chi phí của từng lô nhỏ phía sau các đường cong: nó nhiễu, và lô càng nhỏ thì càng nhiễu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mean loss on each split as training goes on; a test curve that rises while the train curve falls is overfitting.</source>
        <translation>Mất mát trung bình trên từng tập theo quá trình huấn luyện; đường kiểm tra đi lên trong khi đường huấn luyện đi xuống là dấu hiệu quá khớp.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>mất mát</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mini-batch cost</source>
        <translation>chi phí lô nhỏ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="+207"/>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+40"/>
        <location line="+142"/>
        <source>Play</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+41"/>
        <source>Start or pause training</source>
        <translation>Bắt đầu hoặc tạm dừng huấn luyện</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Step</source>
        <translation>Một bước</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Train on one mini-batch, then pause</source>
        <translation>Huấn luyện trên một lô nhỏ rồi tạm dừng</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+43"/>
        <source>Epoch</source>
        <translation>Một epoch</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>Train for one epoch (one pass over the training data), then pause</source>
        <translation>Huấn luyện một epoch (một lượt qua toàn bộ dữ liệu huấn luyện) rồi tạm dừng</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Start again from new random weights; the data stays</source>
        <translation>Bắt đầu lại với trọng số ngẫu nhiên mới; dữ liệu giữ nguyên</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+46"/>
        <source>New data</source>
        <translation>Dữ liệu mới</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Draw a new sample of the data set (a new data seed)</source>
        <translation>Lấy một mẫu mới của tập dữ liệu (hạt giống dữ liệu mới)</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+49"/>
        <location line="+193"/>
        <source>Restart engine</source>
        <translation>Khởi động lại bộ tính toán</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+49"/>
        <source>Start a new engine process from the last state shown</source>
        <translation>Chạy một tiến trình tính toán mới từ trạng thái hiển thị gần nhất</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+43"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+57"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Make everything bigger (for a projector)</source>
        <translation>Phóng to mọi thứ (khi chiếu lên màn hình lớn)</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+59"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Make everything smaller</source>
        <translation>Thu nhỏ mọi thứ</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Actual size</source>
        <translation>Kích thước gốc</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Back to the normal size</source>
        <translation>Trở về kích thước bình thường</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+55"/>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+85"/>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+96"/>
        <source>Decision boundary</source>
        <translation>Biên quyết định</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+97"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+103"/>
        <location filename="extracted_strings.py" line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+105"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <location filename="extracted_strings.py" line="+35"/>
        <source>&amp;Training</source>
        <translation>&amp;Huấn luyện</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+112"/>
        <location filename="extracted_strings.py" line="-121"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+127"/>
        <location filename="extracted_strings.py" line="+85"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+117"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+129"/>
        <location line="+126"/>
        <source>About NNSim</source>
        <translation>Giới thiệu NNSim</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+180"/>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+125"/>
        <source>Glossary…</source>
        <translation>Thuật ngữ…</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>The terms of the course in English and Vietnamese, searchable</source>
        <translation>Các thuật ngữ của khoá học bằng tiếng Anh và tiếng Việt, có thể tìm kiếm</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Training diverged and paused at step {step}. {reason}</source>
        <translation>Quá trình huấn luyện bị phân kỳ và đã dừng ở bước {step}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back with learning rate {lr}</source>
        <translation>Quay lại với hệ số học {lr}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the weights of the last good step and continue with a ten times smaller learning rate</source>
        <translation>Quay về trọng số của bước tốt gần nhất và tiếp tục với hệ số học nhỏ hơn mười lần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverged at step {step}</source>
        <translation>Phân kỳ ở bước {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training, {rate} steps/s</source>
        <translation>Đang huấn luyện, {rate} bước/giây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early at step {step}</source>
        <translation>Dừng sớm ở bước {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused at step {step}</source>
        <translation>Tạm dừng ở bước {step}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{message} Training stopped; restart the engine to go on from the last state shown.</source>
        <translation>{message} Quá trình huấn luyện đã dừng; hãy khởi động lại bộ tính toán để tiếp tục từ trạng thái hiển thị gần nhất.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine stopped</source>
        <translation>Bộ tính toán đã dừng</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}[*] — NNSim</source>
        <translation>{name}[*] — NNSim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;NNSim {version}&lt;/b&gt;&lt;p&gt;A neural-network simulator for learners: draw a network, watch it learn, step through the numbers.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NNSim {version}&lt;/b&gt;&lt;p&gt;Trình mô phỏng mạng nơ-ron cho người học: vẽ một mạng, xem nó học, đi qua từng con số.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location line="-377"/>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <location filename="../../ui/modes.py" line="+35"/>
        <source>Step by step</source>
        <translation>Từng bước</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Live training</source>
        <translation>Huấn luyện &amp;trực tiếp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train at full speed and watch the network change</source>
        <translation>Huấn luyện hết tốc độ và xem mạng thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Propagation</source>
        <translation>&amp;Lan truyền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play each step phase by phase: the signal forward, the error backward, then the update (slow speeds only; faster, it shows live training)</source>
        <translation>Chạy từng bước theo từng pha: tín hiệu lan truyền tiến, sai số lan truyền ngược, rồi cập nhật (chỉ ở tốc độ chậm; nhanh hơn thì chuyển sang huấn luyện trực tiếp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Step by step</source>
        <translation>Từng &amp;bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through one training step a phase at a time, with the formulas and the numbers</source>
        <translation>Đi qua một bước huấn luyện theo từng pha, kèm công thức và các con số</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export &amp;animation…</source>
        <translation>&amp;Xuất ảnh động…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the last training step&apos;s propagation as an animated GIF, for slides</source>
        <translation>Lưu quá trình lan truyền của bước huấn luyện gần nhất thành ảnh GIF động, để đưa vào bài trình chiếu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That example is not in this mini-batch; tick Batch of one to train on it alone.</source>
        <translation>Mẫu đó không nằm trong lô nhỏ này; hãy đánh dấu “Lô một mẫu” để huấn luyện riêng trên nó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Too fast to show each phase: showing live training. Lower the speed to watch the propagation.</source>
        <translation>Quá nhanh để hiển thị từng pha: đang hiển thị huấn luyện trực tiếp. Hãy giảm tốc độ để xem quá trình lan truyền.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to animate yet: step through a training step first (Propagation or Step by step).</source>
        <translation>Chưa có gì để tạo ảnh động: hãy đi qua một bước huấn luyện trước (Lan truyền hoặc Từng bước).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export an animation</source>
        <translation>Xuất ảnh động</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Animated GIF (*.gif)</source>
        <translation>Ảnh GIF động (*.gif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {count} frames to {path}</source>
        <translation>Đã lưu {count} khung hình vào {path}</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../ui/canvas.py" line="+93"/>
        <source>No network yet</source>
        <translation>Chưa có mạng</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>+ layer</source>
        <translation>+ lớp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of the file</source>
        <translation>các cột của tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>click to switch on/off</source>
        <translation>nhấp để bật/tắt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 neuron</source>
        <translation>1 nơ-ron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 neurons</source>
        <translation>%1 nơ-ron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Neuron: its output over the input plane (x₁ across, x₂ up),
blue low, white middle, orange high. Square: its bias b.</source>
        <translation>Nơ-ron: đầu ra của nó trên mặt phẳng đầu vào (x₁ theo chiều ngang, x₂ theo chiều dọc),
xanh là thấp, trắng là trung bình, cam là cao. Ô vuông: độ lệch b của nó.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link: its weight w, blue negative, orange positive;
thicker for larger |w| (thickest at |w| ≥ 4).</source>
        <translation>Liên kết: trọng số w của nó, xanh là âm, cam là dương;
|w| càng lớn nét càng dày (dày nhất khi |w| ≥ 4).</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Add a hidden layer</source>
        <translation>Thêm một lớp ẩn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove hidden layer %1</source>
        <translation>Xoá lớp ẩn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a neuron to layer %1</source>
        <translation>Thêm một nơ-ron vào lớp %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a neuron from layer %1</source>
        <translation>Bớt một nơ-ron khỏi lớp %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop using input %1</source>
        <translation>Thôi dùng đầu vào %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use input %1</source>
        <translation>Dùng đầu vào %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set layer %1&apos;s activation to %2</source>
        <translation>Đặt hàm kích hoạt của lớp %1 là %2</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-120"/>
        <source>example %1</source>
        <translation>mẫu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch of %1</source>
        <translation>lô gồm %1 mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neuron %1 of layer %2</source>
        <translation>nơ-ron %1 của lớp %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a hidden layer here</source>
        <translation>Thêm một lớp ẩn ở đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network needs at least one input: switch another one on first.</source>
        <translation>Mạng cần ít nhất một đầu vào: hãy bật một đầu vào khác trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inputs of a CSV file are its columns: choose them when importing.</source>
        <translation>Đầu vào của tệp CSV là các cột của nó: hãy chọn chúng khi nhập tệp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input %1</source>
        <translation>đầu vào %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output neuron %1</source>
        <translation>nơ-ron đầu ra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove layer %1</source>
        <translation>Xoá lớp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a neuron to layer %1 (key +)</source>
        <translation>Thêm một nơ-ron vào lớp %1 (phím +)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a neuron from layer %1 (key −)</source>
        <translation>Bớt một nơ-ron khỏi lớp %1 (phím −)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1&apos;s activation: click to choose another</source>
        <translation>Hàm kích hoạt của lớp %1: nhấp để chọn hàm khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to feed it to the network.</source>
        <translation>Nhấp để đưa nó vào mạng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to stop feeding it to the network.</source>
        <translation>Nhấp để thôi đưa nó vào mạng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias b = %1</source>
        <translation>độ lệch b = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias of %1: b = %2</source>
        <translation>Độ lệch của %1: b = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to type a new bias.</source>
        <translation>Nhấp để nhập độ lệch mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight from %1 to %2: w = %3</source>
        <translation>Trọng số từ %1 đến %2: w = %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to type a new weight.</source>
        <translation>Nhấp để nhập trọng số mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight from %1 to %2:</source>
        <translation>Trọng số từ %1 đến %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network here has at most %1 hidden layers.</source>
        <translation>Ở đây một mạng có tối đa %1 lớp ẩn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A layer here has at most %1 neurons.</source>
        <translation>Ở đây một lớp có tối đa %1 nơ-ron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A layer needs at least one neuron; to remove layer %1, click its ×.</source>
        <translation>Một lớp cần ít nhất một nơ-ron; để xoá lớp %1, hãy nhấp vào dấu × của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the probe example (training example %1):</source>
        <translation>Trên mẫu quan sát (mẫu huấn luyện %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input %1 (not used)</source>
        <translation>Đầu vào %1 (không dùng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias of %1:</source>
        <translation>Độ lệch của %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value = %1</source>
        <translation>giá trị = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-activation z = %1</source>
        <translation>tiền kích hoạt z = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation a = g(z) = %1</source>
        <translation>kích hoạt a = g(z) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient dZ = ∂L/∂z = %1</source>
        <translation>gradient dZ = ∂L/∂z = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient db = dZ = %1</source>
        <translation>gradient db = dZ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient dW = %1</source>
        <translation>gradient dW = %1</translation>
    </message>
</context>
<context>
    <name>PathsPanel</name>
    <message>
        <location filename="../../ui/paths_panel.py" line="+28"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop</source>
        <translation type="unfinished">RMSprop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation type="unfinished">Adam</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; on a long narrow valley gradient descent zig-zags across the steep side while creeping along the floor; momentum averages the zig-zag away; RMSprop and Adam scale each direction by its own recent gradient size, so they head more straight for the minimum. With input standardisation off the contours of the network&apos;s cost stretch like this valley; with it on they round out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Elongated bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two weights of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s cost as a function of W1[0,0] and W1[0,1], the other weights held, or the classic test bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw the paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paths over the cost&apos;s contours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>step {i} of {n}, α = {lr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedule: {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epoch {e}, α = {lr}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="extracted_strings.py" line="+258"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Có với tất &amp;cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Huỷ bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../ui/tuning_results.py" line="+105"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceTable</name>
    <message>
        <location filename="../../ui/tuning_space_table.py" line="+78"/>
        <source>Use</source>
        <extracomment>What a row starts with when its key is chosen (keys not listed start empty). The rows a new panel shows: (key, in use). The keys &quot;Add parameter&quot; offers first, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 − β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search this parameter; unchecked rows keep the run config&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any key of the run config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest value tried (with 1 − β: the lowest 1 − β)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest value tried (with 1 − β: the highest 1 − β)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample on a log scale: as many values between 0.0001 and 0.001 as between 0.1 and 1. The course&apos;s advice for the learning rate and λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a β: sample 1 − β on a log scale, so β = 0.9 … 0.999 is searched as evenly as 0.9 … 0.99; Low and High are then values of 1 − β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many values of the range the grid sampler tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list to pick from instead of a range, e.g. [8], [16, 8] or tanh, relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>this key has two rows; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-48"/>
        <source>Speed</source>
        <extracomment>Steps per second the speed control offers; None is as fast as the engine goes. View → Zoom steps (the application font and the canvas scale by these).</extracomment>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps per second, from a quarter of a step to as fast as the engine goes. Slow down to watch single updates move the boundary and the weights.</source>
        <translation>Số bước huấn luyện mỗi giây, từ một phần tư bước đến nhanh nhất có thể. Hãy chạy chậm lại để thấy từng lần cập nhật làm dịch chuyển biên quyết định và các trọng số.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>max</source>
        <translation>tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{speed} steps/s</source>
        <translation>{speed} bước/giây</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/steppanel.py" line="+127"/>
        <source>◀ Previous</source>
        <extracomment>Model keys whose columns are the batch&apos;s examples (their table highlights the focused one).</extracomment>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the previous phase of this step, as it was computed (key ← in step-by-step mode)</source>
        <translation>Quay lại pha trước của bước này, đúng như đã tính (phím ← trong chế độ từng bước)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute the next phase: forward layer by layer, the loss, backward layer by layer, then the update (key → in step-by-step mode)</source>
        <translation>Tính pha tiếp theo: lan truyền tiến qua từng lớp, mất mát, lan truyền ngược qua từng lớp, rồi cập nhật (phím → trong chế độ từng bước)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="extracted_strings.py" line="-167"/>
        <source>whole batch</source>
        <translation>cả lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow one example of the mini-batch (its column), or the whole batch. Training uses the whole batch (unless Batch of one is ticked).</source>
        <translation>Theo dõi một mẫu của lô nhỏ (cột của nó), hoặc cả lô. Huấn luyện dùng cả lô (trừ khi đánh dấu “Lô một mẫu”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The neuron of this layer written out term by term (or click a neuron on the network)</source>
        <translation>Nơ-ron của lớp này được viết ra từng số hạng (hoặc nhấp vào một nơ-ron trên hình vẽ mạng)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch of &amp;one</source>
        <translation>&amp;Lô một mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train the next steps on the focused example alone (a mini-batch of one), to see its own dW and db; untick to go back to the real mini-batches</source>
        <translation>Huấn luyện các bước tiếp theo chỉ trên mẫu đang theo dõi (lô nhỏ một mẫu) để xem dW và db của riêng nó; bỏ đánh dấu để trở lại các lô nhỏ thật</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Example:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Neuron:</source>
        <translation>&amp;Nơ-ron:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close the table</source>
        <translation>Đóng bảng</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>of %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forward, layer %1 of %2</source>
        <translation>Lan truyền tiến, lớp %1 trên %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss and cost</source>
        <translation>Mất mát và chi phí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward, layer %1 of %2</source>
        <translation>Lan truyền ngược, lớp %1 trên %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update of the parameters</source>
        <translation>Cập nhật tham số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phase %1 of %2 · step %3</source>
        <translation>pha %1 trên %2 · bước %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No step in progress</source>
        <translation>Không có bước nào đang diễn ra</translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="-1"/>
        <source>show all</source>
        <translation>hiện tất cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example %1 of the batch&apos;s %2 (training row %3): its column only.</source>
        <translation>Mẫu %1 trong %2 mẫu của lô (dòng huấn luyện %3): chỉ cột của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples are columns here, as in the course (the engine keeps one example per row; this panel shows the transposes). Hover over a number to see all its digits.</source>
        <translation>Ở đây mỗi mẫu là một cột, như trong khoá học (bộ tính toán lưu mỗi mẫu một dòng; bảng này hiển thị ma trận chuyển vị). Di chuột lên một số để xem đầy đủ các chữ số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One neuron: neuron %1 of layer %2, on the batch&apos;s first example (choose an example to follow another)</source>
        <translation>Một nơ-ron: nơ-ron %1 của lớp %2, trên mẫu đầu tiên của lô (chọn một mẫu để theo dõi mẫu khác)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole mini-batch: %1 examples, one per column.</source>
        <translation>Cả lô nhỏ: %1 mẫu, mỗi mẫu một cột.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dW and db stay averages over the whole batch.</source>
        <translation>dW và db vẫn là trung bình trên cả lô.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One neuron: neuron %1 of layer %2, example %3</source>
        <translation>Một nơ-ron: nơ-ron %1 của lớp %2, mẫu %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the loss of each example, is computed from Z (never log 0).</source>
        <translation>%1, mất mát của từng mẫu, được tính từ Z (không bao giờ gặp log 0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update with %1</source>
        <translation>Cập nhật bằng %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rule updates every W and every b. v and s are shown as they are after this update, the values it used.</source>
        <translation>Cùng một quy tắc cập nhật mọi W và mọi b. v và s được hiển thị như sau lần cập nhật này, tức là các giá trị nó đã dùng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weights W multiply this example&apos;s inputs; the bias b is added.</source>
        <translation>Trọng số W nhân với các đầu vào của mẫu này; rồi cộng thêm độ lệch b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W multiplies every column of %1; b is added to every column.</source>
        <translation>W nhân với mọi cột của %1; b được cộng vào mọi cột.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout: each unit is kept with probability p = %1. The mask holds 0 for a dropped unit and 1/p = %2 for a kept one, so the expected activation does not change.</source>
        <translation>Dropout: mỗi đơn vị được giữ lại với xác suất p = %1. Mặt nạ chứa 0 cho đơn vị bị loại và 1/p = %2 cho đơn vị được giữ, nên giá trị kích hoạt kỳ vọng không đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(m = %1)</source>
        <translation>(m = %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 with λ = %1</source>
        <translation>L2 với λ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1 with λ₁ = %1</source>
        <translation>L1 với λ₁ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty (%1) = %2</source>
        <translation>số hạng phạt (%1) = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cost J is over the whole batch; the table shows this example&apos;s part.</source>
        <translation>Chi phí J tính trên cả lô; bảng chỉ hiển thị phần của mẫu này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At this output the loss&apos;s derivative simplifies exactly: dZ = A − Y.</source>
        <translation>Ở đầu ra này, đạo hàm của hàm mất mát rút gọn chính xác thành: dZ = A − Y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dW and db are averages over the whole batch (m = %1), not this example&apos;s.</source>
        <translation>dW và db là trung bình trên cả lô (m = %1), không phải của riêng mẫu này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dA[0] is the derivative with respect to the inputs: training does not need it.</source>
        <translation>dA[0] là đạo hàm theo các đầu vào: huấn luyện không cần đến nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what the layer below receives.</source>
        <translation>Đây là thứ lớp bên dưới nhận được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bias correction: early on v and s are small because they start at 0; dividing by these makes up for it.</source>
        <translation>Hiệu chỉnh độ chệch (bias correction): lúc đầu v và s nhỏ vì chúng bắt đầu từ 0; chia cho các số này để bù lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit dropped in the forward pass passes no gradient back.</source>
        <translation>Một đơn vị bị loại trong lượt lan truyền tiến sẽ không truyền gradient ngược lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old %1</source>
        <translation>%1 cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2:</source>
        <translation>%1 là %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⊙ multiplies element by element;</source>
        <translation>⊙ là phép nhân từng phần tử;</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../ui/timeline.py" line="+46"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkpoints the engine kept while training: dense for recent steps, sparser further back. Drag back to see the network, the boundary and the curves as they were.</source>
        <translation>Các điểm lưu mà bộ tính toán giữ lại trong khi huấn luyện: dày ở các bước gần đây, thưa dần về trước. Kéo lùi lại để xem mạng, biên quyết định và các đường cong như lúc đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay this step</source>
        <translation>Phát lại bước này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the training step that followed this checkpoint, phase by phase (the present is kept)</source>
        <translation>Chạy bước huấn luyện tiếp sau điểm lưu này, từng pha một (trạng thái hiện tại được giữ nguyên)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Continue from here</source>
        <translation>Tiếp tục từ đây</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Train on from this checkpoint: a branch; the later history is discarded</source>
        <translation>Huấn luyện tiếp từ điểm lưu này: một nhánh mới; phần lịch sử phía sau bị bỏ đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to now</source>
        <translation>Về hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the timeline and show the network as it is now</source>
        <translation>Rời dòng thời gian và hiển thị mạng như hiện tại</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step {step}</source>
        <translation>Bước {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {step} (now)</source>
        <translation>Bước {step} (hiện tại)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Continue training from step {step}? The history after it (up to step {now}) is discarded.</source>
        <translation>Tiếp tục huấn luyện từ bước {step}? Phần lịch sử sau đó (đến bước {now}) sẽ bị bỏ đi.</translation>
    </message>
</context>
<context>
    <name>TuningPanel</name>
    <message>
        <location filename="../../ui/tuning_panel.py" line="+62"/>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row: any key of the run config can be searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many trials the search runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker processes training trials at once (default: one per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs each trial trains (the run config&apos;s training.epochs by default); fewer make a quicker, rougher search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random: values at random, as the course recommends; grid: every combination of the choices and each range&apos;s points (parallel jobs may try a point twice); TPE: Optuna&apos;s Bayesian sampler, which tries more values near the good ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trials are compared on the dev set: the loss is minimised, the accuracy maximised. The test set is kept out of the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>my data folder (kept; resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporary (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the trials are kept: a temporary file deleted when the app closes, or your data folder, where starting the same search again continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This run config has no dev set. Trials are compared on the dev set, so the search needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+111"/>
        <source>Set dev_fraction to {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Hold out a fifth of the data as the dev set (an undoable edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the search with the settings above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>Start no more trials; the running ones finish and are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Apply this trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected trial&apos;s values into the run config (one edit; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs per trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep trials in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Search space&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cannot start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting {jobs} worker process(es)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping the running trials now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the running trials at once (they are marked failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping: the running trials finish, no new one starts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{done} of {total} trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resuming a study of {n} trials: {m} more to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running {n} trials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped: {done} of {n} trials complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: {done} of {n} trials complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Best so far: trial {n}, {name} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apply trial {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied trial {n} to the run config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="extracted_strings.py" line="+1"/>
        <source>Tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperparameter search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Tuning panel: search learning rates, layer sizes and more on the dev set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the Tuning panel (hyperparameter search)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TuningPlots</name>
    <message>
        <location filename="../../ui/tuning_results.py" line="+62"/>
        <source>The parameter on the scatter&apos;s horizontal axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each complete trial: its objective against the chosen parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each complete trial&apos;s objective in trial order, and the best objective so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>best so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 − {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source> (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <location filename="extracted_strings.py" line="+8"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Tuyến tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
</context>
<context>
    <name>nnsim</name>
    <message>
        <location line="-11"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (identity)</source>
        <translation>Tuyến tính (đồng nhất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax (output only)</source>
        <translation>Softmax (chỉ cho đầu ra)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeros</source>
        <translation>Toàn số 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weight zero: all hidden units of a layer stay identical (the symmetry problem).</source>
        <translation>Mọi trọng số bằng 0: các đơn vị ẩn trong một lớp luôn giống hệt nhau (vấn đề đối xứng).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small random</source>
        <translation>Ngẫu nhiên nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiny random weights: symmetry is broken, but in deep networks the signal fades layer by layer.</source>
        <translation>Trọng số ngẫu nhiên rất nhỏ: phá được tính đối xứng, nhưng trong mạng sâu tín hiệu yếu dần qua từng lớp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large random</source>
        <translation>Ngẫu nhiên lớn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huge random weights: tanh and sigmoid units saturate and the cost starts very high.</source>
        <translation>Trọng số ngẫu nhiên rất lớn: các đơn vị tanh và sigmoid bị bão hoà và chi phí ban đầu rất cao.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier (Glorot) normal</source>
        <translation>Xavier (Glorot) chuẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glorot&apos;s variance, averaging fan-in and fan-out: keeps tanh layers level.</source>
        <translation>Phương sai Glorot, lấy trung bình số đầu vào và số đầu ra: giữ tín hiệu các lớp tanh ổn định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier (Glorot) đều</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glorot&apos;s variance 2/(n_in + n_out) from a uniform distribution.</source>
        <translation>Phương sai Glorot 2/(n_in + n_out), lấy từ phân phối đều.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He normal</source>
        <translation>He chuẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He&apos;s variance 2/n_in: keeps ReLU layers level (ReLU zeroes half its inputs).</source>
        <translation>Phương sai He 2/n_in: giữ tín hiệu các lớp ReLU ổn định (ReLU triệt tiêu một nửa đầu vào).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He uniform</source>
        <translation>He đều</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He&apos;s variance 2/n_in from a uniform distribution.</source>
        <translation>Phương sai He 2/n_in, lấy từ phân phối đều.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LeCun normal</source>
        <translation>LeCun chuẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance 1/n_in; this is what the deeplearning.ai course calls &quot;Xavier initialization&quot;.</source>
        <translation>Phương sai 1/n_in; khoá học deeplearning.ai gọi cách này là &quot;khởi tạo Xavier&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient descent</source>
        <translation>Hạ gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverse time</source>
        <translation>Nghịch đảo thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential</source>
        <translation>Hàm mũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Hình tròn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disc (class 1, radius &lt; 0.5) inside a ring (class 0, radius 0.7 to 1).</source>
        <translation>Một hình tròn (lớp 1, bán kính &lt; 0.5) nằm trong một vành khuyên (lớp 0, bán kính 0.7 đến 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive or (XOR)</source>
        <translation>Hoặc loại trừ (XOR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four quadrants of [-1, 1]²: class 1 where x1·x2 &gt; 0.</source>
        <translation>Bốn góc phần tư của [-1, 1]²: lớp 1 khi x1·x2 &gt; 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian blobs</source>
        <translation>Các cụm Gauss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Gaussian blob per class, the centres evenly on the unit circle.</source>
        <translation>Mỗi lớp một cụm Gauss, các tâm chia đều trên đường tròn đơn vị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Xoắn ốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interleaved spiral arms from the centre out to radius 1, one per class.</source>
        <translation>Các nhánh xoắn ốc đan xen từ tâm ra tới bán kính 1, mỗi lớp một nhánh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Hai vầng trăng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two interleaving half circles (scikit-learn&apos;s make_moons, scaled to size 1).</source>
        <translation>Hai nửa đường tròn đan vào nhau (make_moons của scikit-learn, co về kích thước 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flower</source>
        <translation>Bông hoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s planar petals r = 4·sin(4t); noise is added to the angle and the radius.</source>
        <translation>Các cánh hoa phẳng của khoá học r = 4·sin(4t); nhiễu được thêm vào góc và bán kính.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plane</source>
        <translation>Mặt phẳng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target y = (x1 + x2)/2 on [-1, 1]², noise added to y.</source>
        <translation>Mục tiêu y = (x1 + x2)/2 trên [-1, 1]², thêm nhiễu vào y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of Gaussians</source>
        <translation>Tổng các hàm Gauss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target the sum of six Gaussian bumps of alternating sign on [-1, 1]².</source>
        <translation>Mục tiêu là tổng của sáu bướu Gauss đổi dấu xen kẽ trên [-1, 1]².</translation>
    </message>
</context>
</TS>
